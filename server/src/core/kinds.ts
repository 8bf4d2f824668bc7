import { path } from './platform/fileNames';
import { closest } from './suggest';
import { KINDS, type FileKind, type SpecKind } from './types';

const NAME_PATTERNS: ReadonlyArray<readonly [RegExp, SpecKind]> = [
  [/(^|\.)vision\.ya?ml$/i, 'Vision'],
  [/(^|\.)roadmap\.ya?ml$/i, 'Roadmap'],
  [/\.charter\.ya?ml$|^team-charter\.ya?ml$/i, 'TeamCharter'],
];

export const CONFIG_FILE_NAME = '.productspecs.yaml';

/** The kind a file name implies, if any. */
export function kindFromFileName(fileName: string): FileKind | undefined {
  const base = path.basename(fileName);
  if (base === CONFIG_FILE_NAME) return 'Config';
  return NAME_PATTERNS.find(([pattern]) => pattern.test(base))?.[1];
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
