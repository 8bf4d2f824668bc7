import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { fastParse } from '../../server/src/core/yaml/fast';
import { mutate, seededRandom, yamlShape } from '../helpers/yamlShape';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = ['acme.vision.yaml', 'acme.roadmap.yaml', 'team.charter.yaml'].map((name) => fs.readFileSync(path.join(ROOT, 'examples', 'acme', name), 'utf8'));

/** The fast parser must give exactly what the `yaml` package gives (nodes, ranges, values), or give up. */
function agreesWithYaml(text: string): 'same' | 'gave up' {
  const fast = fastParse(text);
  if (!fast) return 'gave up';
  const full = parseDocument(text, { uniqueKeys: true });
  assert.deepEqual(full.errors, [], 'the fast parser accepted text the full parser rejects');
  assert.deepEqual(yamlShape(fast.document.contents), yamlShape(full.contents));
  assert.deepEqual(fast.value, full.toJS());
  return 'same';
}

describe('fast YAML parser', function () {
  this.timeout(120_000);
  it('parses the example workspace exactly as the yaml package does', () => {
    for (const text of EXAMPLES) assert.equal(agreesWithYaml(text), 'same');
  });

  it('agrees with the yaml package, or gives up, on 3,000 randomly mutated specs', () => {
    const random = seededRandom(20261125);
    const counts = { same: 0, 'gave up': 0 };
    for (let i = 0; i < 3000; i++) counts[agreesWithYaml(mutate(EXAMPLES[i % EXAMPLES.length], random))]++;
    assert.ok(counts.same > 800, `the fast path should take most edits, took ${counts.same}`);
  });

  it('reads scalars under the core schema', () => {
    const text =
      'a: ~\nb: true\nc: 0x1F\nd: 0o17\ne: 1e3\nf: .5\ng: -.inf\nh: "x\\ty \\u00e9"\ni: \'it\'\'s\'\nj: 2026-10-01\nk: [1, "two", {three: 3}]\nl: |\n  one\n  two\nm: >-\n  folded\n  text\n\n  para\n';
    assert.equal(agreesWithYaml(text), 'same');
    assert.deepEqual(fastParse(text)?.value, {
      a: null,
      b: true,
      c: 31,
      d: 15,
      e: 1000,
      f: 0.5,
      g: -Infinity,
      h: 'x\ty é',
      i: "it's",
      j: '2026-10-01',
      k: [1, 'two', { three: 3 }],
      l: 'one\ntwo\n',
      m: 'folded text\npara',
    });
  });

  for (const [what, text] of [
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['tabs', 'a:\n\tb: 1\n'],
    ['carriage returns that end no line', 'a: 1\rb: 2\n'],
    ['a byte order mark inside the text', 'a: 1\n\uFEFFb: 2\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['multi-line plain scalars', 'a: one\n  two\n'],
    ['multi-line flow collections', 'a: [1,\n  2]\n'],
    ['complex keys', '? a\n: 1\n'],
    ['a broken indentation', 'a:\n    b: 1\n  c: 2\n'],
  ] as const) {
    it(`leaves ${what} to the full parser`, () => assert.equal(fastParse(text), undefined));
  }
});
