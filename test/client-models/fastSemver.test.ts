import * as assert from 'node:assert/strict';
import { parse, PlainVersion, satisfies } from '../../client/src/fastSemver';

type Parse = (version: unknown) => { prerelease: unknown[] } | null;
type Satisfies = (version: unknown, range: string) => boolean;
const semver = { parse: require('semver/functions/parse') as Parse, satisfies: require('semver/functions/satisfies') as Satisfies };

/** What the language client does on activation: parse the editor's version, drop its pre-release, test the range. */
function versionCheck(implementation: { parse: Parse | typeof parse; satisfies: Satisfies | typeof satisfies }, version: unknown, range: string): string {
  const parsed = implementation.parse(version) as { prerelease: unknown[] } | null;
  if (!parsed) return 'no valid version';
  if (parsed.prerelease && parsed.prerelease.length > 0) parsed.prerelease = [];
  return implementation.satisfies(parsed, range) ? 'supported' : 'too old or too new';
}

const VERSIONS: unknown[] = [
  '1.91.0', '1.90.9', '1.91.1', '1.96.2', '1.100.0', '1.97.0-insider', '1.90.0-insider', '2.0.0', '0.91.0', '1.0.0',
  'v1.96.0', '=1.96.0', ' 1.96.0 ', '1.96', '1.96.0.1', '1.96.0+build.5', '1.96.0-rc.1', '1.96.0-01', '01.96.0', '1.096.0',
  '1.96.0-', '1.96.0-in$ider', '99999999999999999.0.0', `1.96.0-${'x'.repeat(300)}`, '', 'not a version', undefined, 1.96,
];
const RANGES = ['^1.91.0', '^1.96.2', '^1.0.0', '^2.0.0', '^0.91.0', '>=1.91.0', '1.x', '^1.91'];

describe('version check of the language client (semver subset)', () => {
  it('answers as semver does for every version and range', () => {
    for (const version of VERSIONS) {
      for (const range of RANGES) {
        assert.equal(versionCheck({ parse, satisfies }, version, range), versionCheck(semver, version, range), `${JSON.stringify(version)} against ${range}`);
      }
    }
  });

  it('accepts the editors the extension supports and refuses older ones', () => {
    assert.equal(versionCheck({ parse, satisfies }, '1.96.2', '^1.91.0'), 'supported');
    assert.equal(versionCheck({ parse, satisfies }, '1.97.0-insider', '^1.91.0'), 'supported');
    assert.equal(versionCheck({ parse, satisfies }, '1.90.9', '^1.91.0'), 'too old or too new');
    assert.equal(versionCheck({ parse, satisfies }, '2.0.0', '^1.91.0'), 'too old or too new');
    assert.equal(versionCheck({ parse, satisfies }, 'not a version', '^1.91.0'), 'no valid version');
  });

  it('parses the versions VS Code reports itself, and leaves other spellings to semver', () => {
    assert.deepEqual(parse('1.97.0-insider'), new PlainVersion(1, 97, 0, ['insider']));
    assert.deepEqual(parse('1.96.2'), new PlainVersion(1, 96, 2, []));
    assert.equal(String(parse('1.97.0-insider')), '1.97.0-insider');
    assert.ok(!(parse('v1.96.2') instanceof PlainVersion));
    assert.equal(String(parse('v1.96.2')), '1.96.2');
    assert.equal(parse('1.96.0-01'), null);
  });
});
