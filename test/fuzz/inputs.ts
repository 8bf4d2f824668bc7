import * as fs from 'node:fs';
import * as path from 'node:path';
import { mutate, seededRandom } from '../helpers/yamlShape';

/** One fuzzed text and the file name it is checked under (the name decides the kind when `kind` is missing). */
export interface FuzzInput {
  /** How the input was made; with the seed, enough to make it again. */
  readonly name: string;
  readonly file: string;
  readonly text: string;
}

export const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES_FOLDER = path.join(ROOT, 'examples', 'acme');

/** The example specs every input is made from, smallest first. */
export const EXAMPLES: ReadonlyArray<{ readonly file: string; readonly text: string }> = fs
  .readdirSync(EXAMPLES_FOLDER)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({ file, text: fs.readFileSync(path.join(EXAMPLES_FOLDER, file), 'utf8') }))
  .sort((a, b) => a.text.length - b.text.length || a.file.localeCompare(b.file));

/** Levels of nesting of the deep inputs. */
export const DEEP = 10_000;

const MB = 1024 * 1024;

function example(kind: 'vision' | 'roadmap' | 'charter'): { file: string; text: string } {
  return EXAMPLES.find((entry) => entry.file.includes(`.${kind}.`))!;
}

/** A roadmap made of the example's items repeated (ids made unique) until it is `bytes` long. */
export function bigRoadmap(bytes: number): string {
  const roadmap = example('roadmap').text;
  const at = roadmap.indexOf('\n  items:\n') + '\n  items:\n'.length;
  const items = roadmap.slice(at);
  const parts = [roadmap.slice(0, at)];
  let length = at;
  for (let copy = 1; length < bytes; copy++) {
    const renamed = items
      .replace(/^( {4}- id: )([a-z0-9-]+)/gm, (_, lead: string, id: string) => `${lead}${id}-${copy}`)
      .replace(
        /dependsOn: \[([^\]]*)\]/g,
        (_, ids: string) =>
          `dependsOn: [${ids
            .split(', ')
            .map((id) => `${id}-${copy}`)
            .join(', ')}]`,
      );
    parts.push(renamed);
    length += renamed.length;
  }
  return parts.join('').slice(0, bytes);
}

const BILLION_LAUGHS = `apiVersion: productspecs/v1
kind: Vision
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

function blockBomb(levels: number): string {
  const lines = ['apiVersion: productspecs/v1', 'kind: TeamCharter', 'l0: &l0', '  - lol', '  - lol', '  - lol', '  - lol', '  - lol', '  - lol', '  - lol', '  - lol'];
  for (let level = 1; level <= levels; level++) {
    lines.push(`l${level}: &l${level}`);
    for (let i = 0; i < 8; i++) lines.push(`  - *l${level - 1}`);
  }
  return `${lines.join('\n')}\n`;
}

const NON_STRING_KEYS = [
  '? [a]\n: b',
  '1: x',
  'null: y',
  '~: z',
  'true: t',
  '[a, b]: c',
  '{a: 1}: d',
  '1.5: f',
  '2026-01-01: d',
  '.inf: i',
  '0x1F: h',
  '? |\n  block key\n: v',
  '"": empty',
];

const HUGE_NUMBERS = [
  '1e400',
  '-1e400',
  '1e-400',
  '123456789012345678901234567890',
  '-123456789012345678901234567890',
  '0x7fffffffffffffffffffffffffffffff',
  '0o7777777777777777777777777',
  '.nan',
  '.inf',
  '-.inf',
  '9007199254740993',
  '1_000_000',
];

const WRONG_KINDS = [
  '42',
  '-1',
  '1e400',
  '[Vision]',
  '[]',
  '{a: 1}',
  '{}',
  'Visoin',
  'vision',
  'VISION',
  'Roadmaps',
  'Team Charter',
  'Config',
  '""',
  "''",
  'null',
  '~',
  'true',
  '"Vision "',
  '!!binary aGVsbG8=',
  '&k Vision',
  '|\n  Vision',
  '2026-01-01',
  'Vision # and a comment',
  '"\\u0000Vision"',
  '\n  - Vision',
];

/** The fixed inputs: every shape the issue names, each once. The 47 MB one is for the engine only. */
export function specialInputs(options: { huge?: boolean } = {}): FuzzInput[] {
  const vision = example('vision');
  const roadmap = example('roadmap');
  const charter = example('charter');
  const v = vision.file;
  const header = 'apiVersion: productspecs/v1\nkind: Vision\nspec:\n';
  const inputs: FuzzInput[] = [
    { name: 'empty file', file: v, text: '' },
    { name: 'only spaces and newlines', file: v, text: '  \n\n   \n' },
    { name: 'only a comment', file: v, text: '# nothing here\n' },
    { name: 'a lone document marker', file: v, text: '---\n' },
    { name: 'a scalar document', file: v, text: 'just words\n' },
    { name: 'a list document', file: v, text: '- apiVersion: productspecs/v1\n- kind: Vision\n' },
    { name: 'BOM before the example', file: v, text: `\uFEFF${vision.text}` },
    { name: 'two BOMs before the example', file: v, text: `\uFEFF\uFEFF${vision.text}` },
    { name: 'BOM in the middle of a line', file: v, text: vision.text.replace('metadata:', 'meta\uFEFFdata:') },
    { name: 'CRLF line ends', file: roadmap.file, text: roadmap.text.replace(/\n/g, '\r\n') },
    { name: 'lone CR line ends', file: charter.file, text: charter.text.replace(/\n/g, '\r') },
    {
      name: 'mixed line ends',
      file: v,
      text: vision.text
        .split('\n')
        .map((line, i) => line + (i % 3 === 0 ? '\r' : ''))
        .join('\n'),
    },
    { name: 'tab indentation', file: v, text: vision.text.replace(/^ {2}/gm, '\t') },
    { name: 'tabs after colons', file: v, text: vision.text.replace(/: /g, ':\t') },
    { name: 'one NUL byte', file: v, text: vision.text.replace('kind: Vision', 'kind: Vis\u0000ion') },
    { name: 'only NUL bytes', file: v, text: '\u0000'.repeat(4096) },
    { name: 'random bytes', file: v, text: randomBytes(seededRandom(7), 64 * 1024) },
    { name: 'random text in every plane, lone surrogates included', file: v, text: randomUnicode(seededRandom(8), 16 * 1024) },
    { name: `${DEEP} nested block lists on one line`, file: v, text: `${header}  ${'- '.repeat(DEEP)}x\n` },
    { name: `${DEEP} nested block keys on one line`, file: v, text: `${header}  ${'? '.repeat(DEEP)}x\n` },
    { name: '3,000 nested block mappings, one indented line each', file: v, text: header + Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 2)}a:`).join('\n') + ' 1\n' },
    { name: '3,000 nested block lists, one indented line each', file: v, text: header + Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 2)}-`).join('\n') + ' 1\n' },
    { name: `${DEEP} nested flow lists`, file: v, text: `${header}  principles: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n` },
    { name: `${DEEP} nested flow mappings`, file: v, text: `${header}  positioning: ${'{a: '.repeat(DEEP)}1${'}'.repeat(DEEP)}\n` },
    { name: `${DEEP} unclosed flow lists`, file: v, text: `${header}  principles: ${'['.repeat(DEEP)}\n` },
    { name: `${DEEP} nested flow lists and mappings, mixed`, file: v, text: `${header}  visuals: ${'[{a: '.repeat(DEEP / 2)}1${'}]'.repeat(DEEP / 2)}\n` },
    { name: 'a 10 MB roadmap', file: roadmap.file, text: bigRoadmap(10 * MB) },
    { name: 'a 10 MB line', file: v, text: `${header}  statement: ${'x'.repeat(10 * MB)}\n` },
    { name: 'billion laughs (flow)', file: v, text: BILLION_LAUGHS },
    { name: 'billion laughs (block)', file: charter.file, text: blockBomb(9) },
    { name: 'alias to an anchor not defined', file: v, text: `${header}  statement: *nowhere\n` },
    { name: 'alias to itself', file: v, text: `${header}  principles: &p [*p]\n` },
    { name: 'merge keys of a bomb', file: v, text: `${BILLION_LAUGHS}j:\n  <<: [*i, *i, *i]\n` },
    { name: 'duplicate kind', file: v, text: vision.text.replace('kind: Vision\n', 'kind: Vision\nkind: Roadmap\n') },
    { name: 'duplicate spec', file: v, text: `${vision.text}spec:\n  statement: again\n` },
    { name: 'duplicate keys deep inside', file: roadmap.file, text: roadmap.text.replace(/^( {6}title: .*)$/m, '$1\n$1') },
    { name: 'duplicate keys in a flow mapping', file: v, text: `${header}  horizon: {years: 5, years: 6}\n` },
    { name: '__proto__ keys', file: v, text: vision.text.replace('spec:\n', 'spec:\n  __proto__:\n    polluted: yes\n  constructor: {prototype: {polluted: yes}}\n') },
    ...NON_STRING_KEYS.map((key, i) => ({
      name: `non-string key ${JSON.stringify(key)}`,
      file: i % 2 ? v : roadmap.file,
      text: (i % 2 ? vision.text : roadmap.text).replace('spec:\n', `spec:\n  ${key.replace(/\n/g, '\n  ')}\n`),
    })),
    ...NON_STRING_KEYS.map((key) => ({ name: `non-string key ${JSON.stringify(key)} at the top`, file: v, text: `${key}\n${vision.text}` })),
    ...HUGE_NUMBERS.map((value) => ({ name: `huge number ${value}`, file: v, text: vision.text.replace(/years: \d+/, `years: ${value}`) })),
    {
      name: 'huge numbers everywhere',
      file: charter.file,
      text: charter.text.replace(/(engineers|rampWeeks): \d+/g, '$1: 1e400').replace(/(lastOneOnOne|startDate): .*/g, '$1: 123456789012345678901234567890'),
    },
    { name: 'two documents', file: v, text: `${vision.text}---\n${vision.text}` },
    { name: 'a document end marker in the middle', file: v, text: vision.text.replace('spec:\n', '...\nspec:\n') },
    { name: 'ten documents', file: v, text: Array.from({ length: 10 }, () => `---\n${vision.text}`).join('') },
    { name: 'three kinds in one file', file: v, text: [vision.text, roadmap.text, charter.text].join('---\n') },
    { name: 'a YAML directive', file: v, text: `%YAML 1.1\n---\n${vision.text}` },
    { name: 'a tag directive with a URL', file: v, text: `%TAG !e! http://example.com/tags/\n---\n${vision.text.replace('kind: Vision', 'kind: !e!kind Vision')}` },
    ...WRONG_KINDS.map((kind, i) => ({
      name: `kind: ${JSON.stringify(kind)}`,
      file: EXAMPLES[i % EXAMPLES.length].file,
      text: EXAMPLES[i % EXAMPLES.length].text.replace(/^kind: .*$/m, `kind: ${kind}`),
    })),
    { name: 'kind: Vision in a roadmap file', file: roadmap.file, text: roadmap.text.replace('kind: Roadmap', 'kind: Vision') },
    { name: 'no kind in a file whose name says nothing', file: 'notes.yaml', text: vision.text.replace('kind: Vision\n', '') },
    { name: 'unknown kind in a file whose name says nothing', file: 'notes.yaml', text: vision.text.replace('kind: Vision', 'kind: Strategy') },
    {
      name: 'JavaScript tags',
      file: v,
      text: `${header}  statement: !!js/function "function () { process.exit(3) }"\n  narrative: !!js/undefined ''\n  principles: !!js/regexp /a/\n`,
    },
    { name: '1,600 roadmap items, each depending on a misspelt item', file: roadmap.file, text: misspeltDependencies(1600) },
    { name: '640 members with misspelt managers and mentors', file: charter.file, text: misspeltManagers(640) },
    { name: '100,000 list entries', file: v, text: `${header}  principles:\n${'    - x\n'.repeat(100_000)}` },
    { name: '100,000 keys', file: v, text: `${header}  positioning:\n${Array.from({ length: 100_000 }, (_, i) => `    k${i}: v`).join('\n')}\n` },
    { name: '20,000 roadmap items, each without a horizon or a timeframe', file: roadmap.file, text: itemsWithoutHorizon(20_000) },
  ];
  if (options.huge) {
    // Ten thousand levels of indentation cannot fit under the size limit: the file is too large to check.
    inputs.push({
      name: `${DEEP} nested block mappings, one indented line each`,
      file: v,
      text: header + Array.from({ length: DEEP }, (_, i) => `${' '.repeat(i + 2)}a:`).join('\n') + ' 1\n',
    });
  }
  return inputs;
}

/** A roadmap whose items each depend on an id one letter away from another item's: every dependency is unknown and close to many ids. */
function misspeltDependencies(count: number): string {
  const lines = [
    'apiVersion: productspecs/v1',
    'kind: Roadmap',
    'metadata:',
    '  id: many-items',
    '  vision: acme-vision',
    '  owner: dana',
    'spec:',
    '  format: now-next-later',
    '  themes:',
    '    - id: cash-flow',
    '      name: Cash flow',
    '      problem: Merchants wait for their money.',
    '  items:',
  ];
  for (let i = 0; i < count; i++) {
    lines.push(
      `    - id: item-number-${i}`,
      `      title: Item ${i}`,
      '      horizon: later',
      '      theme: cash-flow',
      '      owner: dana',
      '      stage: opportunity',
      `      dependsOn: [itme-number-${i + 1}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A roadmap of items that each miss both a horizon and a timeframe: a schema error per item, under an `anyOf`. */
function itemsWithoutHorizon(count: number): string {
  const lines = misspeltDependencies(0).trimEnd().split('\n');
  for (let i = 0; i < count; i++) lines.push(`    - id: item-${i}`, `      title: Item ${i}`, '      theme: cash-flow', '      owner: dana', '      stage: opportunity');
  return `${lines.join('\n')}\n`;
}

/** A charter whose members each report to, and are mentored by, an id one letter away from another member's. */
function misspeltManagers(count: number): string {
  const lines = [
    'apiVersion: productspecs/v1',
    'kind: TeamCharter',
    'metadata:',
    '  id: many-members',
    '  owner: dana',
    'spec:',
    '  purpose: Discover and deliver.',
    '  mission: Be the first choice.',
    '  headOfProduct: dana',
    '  reportsTo:',
    '    role: CEO',
    '    name: Jordan Lee',
    '  members:',
    '    - id: dana',
    '      name: Dana Whitfield',
    '      role: head-of-product',
  ];
  for (let i = 0; i < count; i++) {
    lines.push(
      `    - id: member-number-${i}`,
      `      name: Member ${i}`,
      '      role: apm',
      `      reportsTo: membr-number-${i + 1}`,
      '      coaching:',
      `        mentor: membr-number-${i + 2}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `length` random bytes, read as Latin-1 so every byte value appears. */
function randomBytes(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(Math.floor(random() * 256));
  return out;
}

/** Random UTF-16 code units: ASCII, control characters, other planes and lone surrogates. */
function randomUnicode(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const pick = random();
    if (pick < 0.5) out += String.fromCharCode(32 + Math.floor(random() * 95));
    else if (pick < 0.6) out += String.fromCharCode(Math.floor(random() * 32));
    else if (pick < 0.9) out += String.fromCodePoint(Math.floor(random() * 0x10ffff) & ~0x800);
    else out += String.fromCharCode(0xd800 + Math.floor(random() * 0x800));
  }
  return out;
}

type Mutation = (text: string, random: () => number) => string;

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)];

/** Line starts of a text, for edits that work on whole lines. */
function lineAt(text: string, random: () => number): number {
  const at = Math.floor(random() * (text.length + 1));
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The mutations the random part of the fuzz draws from, by name. */
const MUTATIONS: ReadonlyArray<readonly [string, Mutation]> = [
  ['yaml edits', (text, random) => mutate(text, random)],
  ['more yaml edits', (text, random) => mutate(mutate(mutate(text, random), random), random)],
  [
    'random bytes',
    (text, random) => {
      const at = Math.floor(random() * text.length);
      return text.slice(0, at) + randomBytes(random, 1 + Math.floor(random() * 16)) + text.slice(at + Math.floor(random() * 8));
    },
  ],
  [
    'random unicode',
    (text, random) => {
      const at = Math.floor(random() * text.length);
      return text.slice(0, at) + randomUnicode(random, 1 + Math.floor(random() * 8)) + text.slice(at);
    },
  ],
  [
    'NUL bytes',
    (text, random) => {
      const at = Math.floor(random() * text.length);
      return text.slice(0, at) + '\u0000'.repeat(1 + Math.floor(random() * 3)) + text.slice(at);
    },
  ],
  ['BOM', (text, random) => `\uFEFF${random() < 0.5 ? text : mutate(text, random)}`],
  [
    'CRLF',
    (text, random) => {
      const converted = random() < 0.5 ? text.replace(/\n/g, '\r\n') : text.replace(/\n/g, (line) => (random() < 0.3 ? '\r\n' : line));
      return random() < 0.5 ? converted : mutate(converted, random);
    },
  ],
  [
    'tabs',
    (text, random) => {
      const at = lineAt(text, random);
      const spaces = /^ */.exec(text.slice(at))![0].length;
      const cut = Math.min(spaces, 1 + Math.floor(random() * 4));
      return random() < 0.7 ? text.slice(0, at) + '\t' + text.slice(at + cut) : text.replace(/: /, ':\t');
    },
  ],
  ['truncated and mutated', (text, random) => mutate(text.slice(0, Math.floor(random() * text.length)), random)],
  [
    'non-string key',
    (text, random) => {
      const at = lineAt(text, random);
      const indent = /^ */.exec(text.slice(at))![0];
      return text.slice(0, at) + indent + pick(NON_STRING_KEYS, random).replace(/\n/g, `\n${indent}`) + '\n' + text.slice(at);
    },
  ],
  [
    'duplicate key',
    (text, random) => {
      const at = lineAt(text, random);
      const end = text.indexOf('\n', at);
      const line = text.slice(at, end === -1 ? text.length : end);
      return text.slice(0, at) + line + '\n' + text.slice(at);
    },
  ],
  [
    'huge number',
    (text, random) => {
      const scalars = [...text.matchAll(/: ([^\s#][^\n#]*)$/gm)];
      if (scalars.length === 0) return text;
      const match = pick(scalars, random);
      const at = match.index + 2;
      return text.slice(0, at) + pick(HUGE_NUMBERS, random) + text.slice(at + match[1].length);
    },
  ],
  ['wrong kind', (text, random) => (/^kind: .*$/m.test(text) ? text.replace(/^kind: .*$/m, `kind: ${pick(WRONG_KINDS, random)}`) : `kind: ${pick(WRONG_KINDS, random)}\n${text}`)],
  [
    'several documents',
    (text, random) => {
      const at = lineAt(text, random);
      return random() < 0.5 ? `${text.slice(0, at)}---\n${text.slice(at)}` : `${text}---\n${pick(EXAMPLES, random).text}`;
    },
  ],
  [
    'anchors and aliases',
    (text, random) => {
      const scalars = [...text.matchAll(/: ([^\s#][^\n#]*)$/gm)];
      if (scalars.length < 2) return text;
      const anchor = pick(scalars, random);
      const alias = pick(scalars, random);
      const edits = [
        { at: anchor.index + 2, cut: 0, insert: '&x ' },
        { at: alias.index + 2, cut: alias[1].length, insert: random() < 0.8 ? '*x' : '*y' },
      ].sort((a, b) => b.at - a.at);
      let out = text;
      for (const edit of edits) out = out.slice(0, edit.at) + edit.insert + out.slice(edit.at + edit.cut);
      return out;
    },
  ],
  [
    'halves of two examples',
    (text, random) => {
      const other = pick(EXAMPLES, random).text;
      return text.slice(0, Math.floor(random() * text.length)) + other.slice(Math.floor(random() * other.length));
    },
  ],
  [
    'swapped lines',
    (text, random) => {
      const lines = text.split('\n');
      const a = Math.floor(random() * lines.length);
      const b = Math.floor(random() * lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    },
  ],
  [
    'shifted block',
    (text, random) => {
      const lines = text.split('\n');
      const from = Math.floor(random() * lines.length);
      const to = Math.min(lines.length, from + 1 + Math.floor(random() * 12));
      const shift = random() < 0.5 ? ' '.repeat(1 + Math.floor(random() * 3)) : '';
      for (let i = from; i < to; i++) lines[i] = shift ? shift + lines[i] : lines[i].replace(/^ {1,3}/, '');
      return lines.join('\n');
    },
  ],
  [
    'deep nesting',
    (text, random) => {
      const at = lineAt(text, random);
      const depth = 1 + Math.floor(random() * 200);
      const open = random() < 0.5 ? '[' : '{a: ';
      const close = open === '[' ? ']' : '}';
      return `${text.slice(0, at)}  deep: ${open.repeat(depth)}1${random() < 0.8 ? close.repeat(depth) : ''}\n${text.slice(at)}`;
    },
  ],
];

/** The truncation points of the random part: every point of the smallest example when there is room, else a sample. */
function truncations(budget: number): FuzzInput[] {
  const out: FuzzInput[] = [];
  const [smallest, ...others] = EXAMPLES;
  const total = EXAMPLES.reduce((sum, entry) => sum + entry.text.length + 1, 0);
  const everyPoint = budget >= smallest.text.length + 1 + others.length * 100;
  for (const entry of EXAMPLES) {
    const points = entry.text.length + 1;
    const share = everyPoint ? (entry === smallest ? points : Math.floor((budget - smallest.text.length - 1) / others.length)) : Math.floor((budget * points) / total);
    const step = Math.max(1, points / Math.max(1, share));
    for (let i = 0; i < share && Math.floor(i * step) < points; i++) {
      const at = Math.floor(i * step);
      out.push({ name: `${entry.file} truncated at ${at}`, file: entry.file, text: entry.text.slice(0, at) });
    }
  }
  return out;
}

/**
 * `count` inputs, the same for the same seed: about two fifths truncations of the examples (at every
 * point of the smallest example once the count allows it), the rest random mutations.
 */
export function* fuzzInputs(count: number, seed: number): Generator<FuzzInput> {
  const cuts = truncations(Math.floor(count * 0.4));
  yield* cuts;
  const random = seededRandom(seed);
  for (let i = cuts.length; i < count; i++) {
    const source = EXAMPLES[i % EXAMPLES.length];
    const [kind, mutation] = MUTATIONS[Math.floor(random() * MUTATIONS.length)];
    yield { name: `${source.file} #${i}: ${kind}`, file: source.file, text: mutation(source.text, random) };
  }
}
