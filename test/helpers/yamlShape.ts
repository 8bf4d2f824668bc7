import { isMap, isPair, isSeq, type Node } from 'yaml';

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
