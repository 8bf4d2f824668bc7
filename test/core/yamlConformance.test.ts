import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseYaml } from '../../server/src/core/yaml/parse';
import { divergence } from '../helpers/yamlReferee';
import { parseSnapshot } from '../helpers/yamlShape';

const ROOT = path.resolve(__dirname, '../../..');
/** The official YAML test suite, kept beside the repository (relative to its root, as in CI). */
const SUITE = path.join(ROOT, '../shared/yaml-test-suite');

/** Every case of the suite: a folder with an `in.yaml`, some in numbered sub-folders. */
function suiteCases(): Array<{ name: string; text: string }> {
  const cases: Array<{ name: string; text: string }> = [];
  const visit = (folder: string, name: string): void => {
    const input = path.join(folder, 'in.yaml');
    if (fs.existsSync(input)) cases.push({ name, text: fs.readFileSync(input, 'utf8') });
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(path.join(folder, entry.name), name ? `${name}/${entry.name}` : entry.name);
    }
  };
  visit(SUITE, '');
  return cases.sort((a, b) => a.name.localeCompare(b.name));
}

describe('YAML conformance: the engine reads every case of the YAML test suite as the yaml package does', function () {
  this.timeout(60_000);
  it('has the suite at ../shared/yaml-test-suite', () => assert.ok(fs.existsSync(SUITE), `no YAML test suite at ${path.relative(ROOT, SUITE)}`));

  it('gives the same values, errors and node ranges on all 402 cases (0 divergent)', () => {
    const cases = suiteCases();
    assert.equal(cases.length, 402);
    const divergent: string[] = [];
    let fast = 0;
    for (const { name, text } of cases) {
      const parsed = parseYaml(text);
      if (parsed.fast) fast++;
      const difference = divergence(text, parsed);
      if (difference) divergent.push(`${name} (${JSON.stringify(text.slice(0, 60))}): ${difference}`);
    }
    assert.deepEqual(divergent, [], `${divergent.length} of ${cases.length} cases diverge`);
    // The comparison means something only if the fast path reads a good share of the suite.
    assert.ok(fast >= 35, `the fast parser read only ${fast} cases`);
  });

  it('reads the inputs the fast parser once read differently as YAML does', () => {
    const cases: Array<[string, unknown]> = [
      ['a: 1 # c\nb: 2\n', { a: 1, b: 2 }],
      ['k: {a:b}\n', { k: { 'a:b': null } }],
      ['k: {id:chloe}\r\n', { k: { 'id:chloe': null } }],
      ['k: [b, c:]\n', { k: ['b', { c: null }] }],
      ['k: {a: b:}\n', undefined],
      ['"a":#c\n', undefined],
      ['a:\n  b: 1\n    # indented comment after the last entry\nc: 2\n', { a: { b: 1 }, c: 2 }],
      ['a: 1\n  # indented comment after the last entry\n', { a: 1 }],
      ['x:\n  - a: # empty, with a comment, then a blank line\n\n  - b\n', { x: [{ a: null }, 'b'] }],
      ['a: # empty, with a comment, at the end\n\n\n', { a: null }],
      ['text: |\n    \n  b\n', undefined],
    ];
    for (const [text, value] of cases) {
      const parsed = parseYaml(text);
      assert.equal(divergence(text, parsed), undefined, JSON.stringify(text));
      if (value !== undefined) assert.deepEqual(parsed.value, value, JSON.stringify(text));
      else
        assert.ok(
          parsed.findings.some((finding) => finding.severity === 'error'),
          `${JSON.stringify(text)} is an error in YAML`,
        );
    }
  });

  it('gives the same with CRLF line breaks and with a byte order mark on every case', () => {
    const divergent: string[] = [];
    for (const { name, text } of suiteCases()) {
      for (const [variant, changed] of [
        ['CRLF', text.replace(/\r?\n/g, '\r\n')],
        ['BOM', `\uFEFF${text}`],
      ] as const) {
        const difference = divergence(changed, parseYaml(changed));
        if (difference) divergent.push(`${name} ${variant}: ${difference}`);
      }
    }
    assert.deepEqual(divergent, []);
  });

  it('re-parses every case after a letter typed or deleted at the end of each line as parseDocument reads the edited text, LF and CRLF, leaving the previous parse unchanged', () => {
    const divergent: string[] = [];
    let reused = 0;
    for (const { name, text: lf } of suiteCases()) {
      for (const [variant, text] of [
        ['LF', lf],
        ['CRLF', lf.replace(/\r?\n/g, '\r\n')],
      ] as const) {
        const previous = parseYaml(text);
        const before = parseSnapshot(previous);
        for (let at = text.indexOf('\n'); at > 0; at = text.indexOf('\n', at + 1)) {
          const end = text[at - 1] === '\r' ? at - 1 : at;
          for (const edited of [`${text.slice(0, end)}x${text.slice(end)}`, text.slice(0, end - 1) + text.slice(end)]) {
            const updated = parseYaml(edited, previous);
            if (updated.changedEntry && updated.changedEntry.length > 0) reused++;
            const difference = divergence(edited, updated);
            if (difference) divergent.push(`${name} ${variant} edited at ${end}: ${difference}`);
          }
        }
        if (parseSnapshot(previous).join('\n') !== before.join('\n')) divergent.push(`${name} ${variant}: an edit changed the previous parse`);
      }
    }
    assert.deepEqual(divergent, []);
    // The comparison means something only if many of the edits were re-parsed in one list entry.
    assert.ok(reused >= 100, `only ${reused} edits were re-parsed in one list entry`);
  });
});
