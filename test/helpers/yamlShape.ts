import { inspect } from 'node:util';
import { isMap, isPair, isSeq, type Node } from 'yaml';
import type { ParsedYaml } from '../../server/src/core/yaml/parse';

/**
 * Every node of a YAML tree as one line: path, kind, all three offsets of its range, value and
 * scalar type. Two parses agree when these lines agree.
 */
export function yamlShape(node: unknown, path = '$', out: string[] = []): string[] {
  const n = node as Node | null;
  if (!n) {
    out.push(`${path} null`);
  } else if (isMap(n) || isSeq(n)) {
    out.push(`${path} ${isMap(n) ? 'map' : 'seq'} ${n.range!.join('-')}${n.flow ? ' flow' : ''}`);
    n.items.forEach((item, index) => {
      if (isPair(item)) {
        yamlShape(item.key, `${path}.<key ${index}>`, out);
        yamlShape(item.value, `${path}.<value ${index}>`, out);
      } else {
        yamlShape(item, `${path}[${index}]`, out);
      }
    });
  } else {
    const scalar = n as Node & { value: unknown; type?: string };
    out.push(`${path} ${scalar.range!.join('-')} ${JSON.stringify(scalar.value)} ${scalar.type}`);
  }
  return out;
}

/** The comments a node carries (the yaml package's nodes; the fast parser's carry none), one line per node that has any. */
function commentLines(node: unknown, path: string, out: string[]): void {
  const n = node as (Node & { spaceBefore?: boolean }) | null;
  if (!n) return;
  if (n.commentBefore || n.comment || n.spaceBefore) out.push(`${path} comments ${JSON.stringify([n.commentBefore, n.comment, n.spaceBefore])}`);
  if (isMap(n) || isSeq(n)) {
    n.items.forEach((item, index) => {
      if (isPair(item)) {
        commentLines(item.key, `${path}.<key ${index}>`, out);
        commentLines(item.value, `${path}.<value ${index}>`, out);
      } else {
        commentLines(item, `${path}[${index}]`, out);
      }
    });
  }
}

/**
 * Everything code holding a parse can read of it, as lines: its text, line index, value, findings,
 * and its tree (every node's three offsets, value, type and comments). A parse is unchanged when these lines are.
 */
export function parseSnapshot(parsed: ParsedYaml): string[] {
  const document = parsed.document;
  const out = [`text ${JSON.stringify(parsed.text)}`, `lines ${parsed.lines.lineCount} ${parsed.lines.lineEnd(parsed.lines.lineCount - 1)}`];
  out.push(`value ${inspect(parsed.value, { depth: Infinity, maxArrayLength: Infinity, maxStringLength: Infinity, breakLength: Infinity })}`);
  out.push(`findings ${JSON.stringify(parsed.findings)}`, `fast ${parsed.fast} changed ${JSON.stringify(parsed.changedEntry)}`);
  if (!document) return [...out, 'no document'];
  const { commentBefore, comment } = document as { commentBefore?: string | null; comment?: string | null };
  out.push(`document ${document.range.join('-')} comments ${JSON.stringify([commentBefore, comment])}`);
  yamlShape(document.contents, '$', out);
  commentLines(document.contents, '$', out);
  return out;
}

/** A small deterministic pseudo-random generator, so fuzzed inputs are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

const INSERTS = [
  ' ',
  '\n',
  ':',
  '-',
  '#',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  'a',
  '1',
  '|',
  '>',
  '  ',
  '- ',
  ': ',
  '\\',
  '~',
  'null',
  'true',
  '0x1F',
  '1e3',
  '.5',
  '.inf',
  '?',
  '&a',
  '*a',
  '!t',
  '%',
  '`',
  '@',
  '  - x: 1\n',
  'x: y: z',
];

/** Applies one to three random edits (delete, insert a YAML-significant token, duplicate a line, re-indent a line). */
export function mutate(text: string, random: () => number): string {
  let t = text;
  const edits = 1 + Math.floor(random() * 3);
  for (let j = 0; j < edits; j++) {
    const at = Math.floor(random() * t.length);
    const op = random();
    if (op < 0.3) {
      t = t.slice(0, at) + t.slice(at + 1 + Math.floor(random() * 5));
    } else if (op < 0.7) {
      t = t.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + t.slice(at);
    } else {
      const lines = t.split('\n');
      const line = Math.floor(random() * lines.length);
      if (op < 0.85) lines.splice(line, 0, lines[line]);
      else lines[line] = (random() < 0.5 ? ' ' : '') + lines[line].replace(/^ /, random() < 0.5 ? '' : ' ');
      t = lines.join('\n');
    }
  }
  return t;
}
