/**
 * semver's `parse` and `satisfies` for the one check the language client makes on activation: the
 * editor's version against a caret range (`^1.91.0`). semver builds and compiles dozens of regular
 * expressions for it, a few milliseconds of every activation. A plain version (`1.96.2`,
 * `1.97.0-insider`) against a caret range is answered here, with semver's result; anything else is
 * handed to semver itself. The bundle puts these in place of `semver/functions/parse` and
 * `semver/functions/satisfies` for the language client only (scripts/lighter-client-dependencies.js).
 */

type Parse = (version: unknown, options?: unknown) => unknown;
type Satisfies = (version: unknown, range: unknown, options?: unknown) => boolean;

/** semver itself, loaded only for the versions and ranges this module leaves to it. */
function semver(): { parse: Parse; satisfies: Satisfies } {
  return { parse: require('semver/functions/parse') as Parse, satisfies: require('semver/functions/satisfies') as Satisfies };
}

const NUMBER = '(0|[1-9]\\d{0,14})';
const PLAIN_VERSION = new RegExp(`^${NUMBER}\\.${NUMBER}\\.${NUMBER}(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`);
const CARET_RANGE = new RegExp(`^\\^${NUMBER}\\.${NUMBER}\\.${NUMBER}$`);
const DIGITS = /^\d+$/;

/** A version as semver parses it, with the fields the check reads and writes. */
export class PlainVersion {
  constructor(
    readonly major: number,
    readonly minor: number,
    readonly patch: number,
    public prerelease: Array<string | number>,
  ) {}

  toString(): string {
    return `${this.major}.${this.minor}.${this.patch}${this.prerelease.length ? `-${this.prerelease.join('.')}` : ''}`;
  }
}

/**
 * `major.minor.patch` with an optional pre-release of words (`insider`) becomes a PlainVersion; other
 * strings (a `v` prefix, build metadata, numeric pre-release parts, spaces, invalid ones) go to semver.
 */
export function parse(version: unknown, options?: unknown): unknown {
  const match = options === undefined && typeof version === 'string' && version.length <= 64 ? PLAIN_VERSION.exec(version) : null;
  const prerelease = match?.[4]?.split('.') ?? [];
  if (!match || prerelease.some((part) => DIGITS.test(part))) return semver().parse(version, options);
  return new PlainVersion(Number(match[1]), Number(match[2]), Number(match[3]), prerelease);
}

/** `^M.m.p` with M ≥ 1 means at least M.m.p and below (M+1).0.0; a pre-release or any other range goes to semver. */
export function satisfies(version: unknown, range: unknown, options?: unknown): boolean {
  const caret = options === undefined && typeof range === 'string' ? CARET_RANGE.exec(range) : null;
  if (version instanceof PlainVersion && version.prerelease.length === 0 && caret && caret[1] !== '0') {
    const [major, minor, patch] = [Number(caret[1]), Number(caret[2]), Number(caret[3])];
    return version.major === major && (version.minor > minor || (version.minor === minor && version.patch >= patch));
  }
  return semver().satisfies(version instanceof PlainVersion ? version.toString() : version, range, options);
}
