import { isDocument, parseAllDocuments } from 'yaml';
import { LineIndex } from '../../server/src/core/lineIndex';
import { MAX_ALIAS_COUNT, YAML_OPTIONS, type ParsedYaml } from '../../server/src/core/yaml/parse';
import { yamlShape } from './yamlShape';

/** What the `yaml` package makes of a text with the engine's options: the first document's tree, value and errors. */
export function referee(text: string): { shape: string[]; value: unknown; errors: string[] } {
  // A byte order mark is no part of the YAML: the engine reads the text after it, every offset one later.
  if (text.charCodeAt(0) === 0xfeff) {
    const after = referee(text.slice(1));
    return { ...after, shape: after.shape.map((line) => line.replace(/ (\d+)-(\d+)-(\d+)/, (_, a: string, b: string, c: string) => ` ${+a + 1}-${+b + 1}-${+c + 1}`)) };
  }
  const documents = parseAllDocuments(text, YAML_OPTIONS);
  const all = Array.isArray(documents) ? documents : [];
  const first = all[0];
  let value: unknown;
  try {
    value = first?.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    value = undefined;
  }
  const errors = all.flatMap((doc) => [...doc.errors, ...doc.warnings].map((error) => `yaml/${error.code.toLowerCase().replace(/_/g, '-')}`));
  for (let i = 1; i < all.length; i++) errors.push('yaml/multiple-documents');
  return { shape: first ? [`document ${first.range.join('-')}`, ...yamlShape(first.contents)] : [], value, errors };
}

/** The engine's parse in the same terms as `referee`. */
function engineView(parsed: ParsedYaml): { shape: string[]; value: unknown; errors: string[] } {
  const document = parsed.document;
  const errors = parsed.findings.map((finding) => finding.code).filter((code) => !['yaml/complex-key', 'yaml/too-deep', 'yaml/alias-limit'].includes(code));
  return { shape: document ? [`document ${document.range.join('-')}`, ...yamlShape(document.contents)] : [], value: parsed.value, errors };
}

/**
 * How the engine's parse of `text` differs from the `yaml` package's: values, error codes and every
 * node's three offsets. Undefined when they agree. A document the engine declines to value (a
 * collection as a key, too many aliases, too deep) is compared on its tree and errors only.
 */
export function divergence(text: string, parsed: ParsedYaml): string | undefined {
  if (parsed.document && !isDocument(parsed.document) && !parsed.fast) return 'a parse that is not the fast one holds no yaml Document';
  const lines = lineDifference(text, parsed.lines);
  if (lines) return lines;
  const expected = referee(text);
  const actual = engineView(parsed);
  const declined = parsed.findings.some((finding) => ['yaml/complex-key', 'yaml/too-deep', 'yaml/alias-limit'].includes(finding.code));
  if (actual.errors.join() !== expected.errors.join()) return `errors: engine [${actual.errors.join(', ')}], yaml [${expected.errors.join(', ')}]`;
  for (let i = 0; i < Math.max(actual.shape.length, expected.shape.length); i++) {
    if (actual.shape[i] !== expected.shape[i]) return `node ${i}: engine ${actual.shape[i] ?? '(none)'}, yaml ${expected.shape[i] ?? '(none)'}`;
  }
  if (!declined && !sameValue(actual.value, expected.value)) return `value: engine ${JSON.stringify(actual.value)}, yaml ${JSON.stringify(expected.value)}`;
  return undefined;
}

/** Deep equality of two plain values; aliases can make them cyclic, so pairs already being compared count as equal. */
function sameValue(a: unknown, b: unknown, comparing = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (comparing.get(a) === b) return true;
  comparing.set(a, b);
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i], comparing));
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (a instanceof Map || b instanceof Map || a instanceof Set || b instanceof Set) {
    return a.constructor === b.constructor && sameValue([...(a as Map<unknown, unknown>)], [...(b as Map<unknown, unknown>)], comparing);
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length && keysA.every((key, i) => key === keysB[i] && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], comparing))
  );
}

/** How a parse's line index differs from one built from the whole text (an updated parse updates it). */
function lineDifference(text: string, lines: LineIndex): string | undefined {
  const expected = new LineIndex(text);
  if (lines.lineCount !== expected.lineCount) return `lines: ${lines.lineCount} in the index, ${expected.lineCount} in the text`;
  for (let line = 0; line < expected.lineCount; line++) {
    if (lines.lineStart(line) !== expected.lineStart(line) || lines.lineEnd(line) !== expected.lineEnd(line)) {
      return `line ${line}: ${lines.lineStart(line)}-${lines.lineEnd(line)} in the index, ${expected.lineStart(line)}-${expected.lineEnd(line)} in the text`;
    }
  }
  return undefined;
}
