import { LineIndex } from './lineIndex';
import { isSpecKind, kindFromFileName, suggestKind } from './kinds';
import { rangeOf } from './locate';
import { hasMappingRoot, parseYaml, type ParsedYaml } from './yaml/parse';
import { schemaFindings } from './schemaErrors';
import { validatorFor } from './schemas';
import { KINDS, type FileKind, type Finding } from './types';

/**
 * One spec file as the engine sees it: parsed once, its kind decided (by `kind`, then by file
 * name), and its YAML and schema findings, which depend on the text alone.
 */
export interface SpecDocument {
  readonly uri: string;
  readonly fileName: string;
  readonly version: number;
  readonly parsed: ParsedYaml;
  /** The kind the file is checked as, or undefined when that could not be decided. */
  readonly kind: FileKind | undefined;
  /** YAML syntax, kind and schema findings. */
  readonly findings: readonly Finding[];
}

export interface AnalyzeOptions {
  readonly uri: string;
  readonly fileName: string;
  readonly text: string;
  readonly version?: number;
  /** Files larger than this many characters get one finding instead of a check. */
  readonly maxFileSize?: number;
  /** The previous version of the same file, to re-parse only what changed; it is left as it was. */
  readonly previous?: SpecDocument;
}

/** Default size limit: far above any real spec, low enough never to freeze an editor. */
export const DEFAULT_MAX_FILE_SIZE = 8 * 1024 * 1024;

export function analyzeDocument({ uri, fileName, text, version = 0, maxFileSize = DEFAULT_MAX_FILE_SIZE, previous }: AnalyzeOptions): SpecDocument {
  const skipped = skipReason(text, maxFileSize);
  if (skipped) {
    const parsed: ParsedYaml = { text, lines: new LineIndex(text), document: undefined, value: undefined, findings: [] };
    return { uri, fileName, version, parsed, kind: undefined, findings: [{ ...skipped, range: { start: 0, end: 0 } }] };
  }
  const parsed = parseYaml(text, previous?.parsed);
  const findings: Finding[] = [...parsed.findings];
  const decided = decideKind(parsed, fileName);
  // A syntax error makes everything after it unreliable: report it alone until it is fixed.
  const broken = parsed.findings.some((finding) => finding.severity === 'error');
  if (!broken) {
    if (decided.finding) findings.push(decided.finding);
    if (decided.kind && parsed.value !== undefined && hasMappingRoot(parsed)) {
      const validate = validatorFor(decided.kind);
      if (!validate(parsed.value)) findings.push(...schemaFindings(parsed, validate.errors ?? [], decided.kind));
    }
  }
  const kind = decided.kind;
  return { uri, fileName, version, parsed, kind, findings };
}

/**
 * A file known only by its kind and value, as the workspace index needs it: a file read on another
 * thread, or a placeholder (no kind, no value) that keeps its place until the file is read. It has no
 * text and no parse to reuse, so reading the file over it parses the text afresh.
 */
export function documentFromValue(uri: string, fileName: string, kind: FileKind | undefined, value: unknown): SpecDocument {
  return { uri, fileName, version: 0, parsed: { text: '', lines: new LineIndex(''), document: undefined, value, findings: [] }, kind, findings: [] };
}

interface Decided {
  readonly kind?: FileKind;
  readonly finding?: Finding;
}

function decideKind(parsed: ParsedYaml, fileName: string): Decided {
  const byName = kindFromFileName(fileName);
  if (byName === 'Config') return { kind: 'Config' };
  const firstLine = { start: 0, end: parsed.lines.lineEnd(0) };
  if (parsed.text.trim() === '') {
    const message = `This spec file is empty. Start it with "apiVersion: productspecs/v1" and "kind: ${byName ?? 'Vision'}".`;
    return { finding: { code: 'spec/empty', severity: 'error', message, range: firstLine } };
  }
  if (parsed.document && !hasMappingRoot(parsed)) {
    const message = 'A spec file is a YAML mapping with the keys apiVersion, kind, metadata and spec.';
    return { finding: { code: 'spec/not-a-mapping', severity: 'error', message, range: rangeOf(parsed, []) } };
  }
  const declared = (parsed.value as { kind?: unknown } | undefined)?.kind;
  if (declared === undefined || declared === null) {
    if (byName) return { kind: byName };
    const message = `This file does not say which kind of spec it is. Add "kind:" with one of ${KINDS.join(', ')}.`;
    return { finding: { code: 'spec/unknown-kind', severity: 'error', message, range: firstLine } };
  }
  if (isSpecKind(declared)) return { kind: declared };
  const suggestion = typeof declared === 'string' ? suggestKind(declared) : undefined;
  return {
    finding: {
      code: 'spec/unknown-kind',
      severity: 'error',
      message: `Unknown kind ${JSON.stringify(declared)}.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use one of ${KINDS.join(', ')}.`,
      range: rangeOf(parsed, ['kind']),
      path: ['kind'],
      data: { allowed: [...KINDS], replacement: suggestion },
    },
  };
}

function skipReason(text: string, maxFileSize: number): Omit<Finding, 'range'> | undefined {
  if (text.length > maxFileSize) {
    const megabytes = (text.length / 1024 / 1024).toFixed(1);
    return {
      code: 'spec/too-large',
      severity: 'warning',
      message: `This file is too large to check (${megabytes} MB; the limit is ${(maxFileSize / 1024 / 1024).toFixed(1)} MB). Split it, or raise the limit.`,
    };
  }
  if (text.includes('\u0000')) {
    return { code: 'spec/binary', severity: 'info', message: 'This file looks binary (it contains NUL bytes) and was not checked.' };
  }
  return undefined;
}
