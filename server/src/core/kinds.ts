import { path } from './platform/fileNames';
import { closest } from './suggest';
import { KINDS, type FileKind, type SpecKind } from './types';
import { joinList } from './words';

/**
 * The file names of the three kinds: a file whose name ends in one of `suffixes`, or is one of
 * `names`, compared without regard to case. The only place these names are written; the
 * extension's activation events and language contribution in package.json are tested against it.
 */
export const SPEC_FILE_NAMES: Readonly<Record<SpecKind, { readonly suffixes: readonly string[]; readonly names: readonly string[] }>> = {
  Vision: { suffixes: ['.vision.yaml', '.vision.yml'], names: ['vision.yaml', 'vision.yml'] },
  Roadmap: { suffixes: ['.roadmap.yaml', '.roadmap.yml'], names: ['roadmap.yaml', 'roadmap.yml'] },
  TeamCharter: { suffixes: ['.charter.yaml', '.charter.yml'], names: ['team-charter.yaml', 'team-charter.yml'] },
};

export const CONFIG_FILE_NAME = '.productspecs.yaml';

/** How a message names the spec file patterns: "*.vision.yaml, *.roadmap.yaml or *.charter.yaml". */
export const SPEC_FILE_PATTERNS_TEXT = joinList(
  KINDS.map((kind) => `*${SPEC_FILE_NAMES[kind].suffixes[0]}`),
  'or',
);

/** The kind a file name implies, if any. */
export function kindFromFileName(fileName: string): FileKind | undefined {
  const base = path.basename(fileName);
  if (base === CONFIG_FILE_NAME) return 'Config';
  const lower = base.toLowerCase();
  return KINDS.find((kind) => SPEC_FILE_NAMES[kind].names.includes(lower) || SPEC_FILE_NAMES[kind].suffixes.some((suffix) => lower.endsWith(suffix)));
}

/** True when a file name follows one of the spec file patterns. */
export function isSpecFileName(fileName: string): boolean {
  return kindFromFileName(fileName) !== undefined;
}

/** Cheap test on text: does this YAML file declare itself a product spec? */
export function declaresProductSpec(text: string): boolean {
  return /^apiVersion:\s*['"]?productspecs\//m.test(text.slice(0, 4096));
}

export function isSpecKind(value: unknown): value is SpecKind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

export function suggestKind(value: string): string | undefined {
  return closest(value, KINDS);
}
