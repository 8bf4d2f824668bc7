import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Lexer } from 'yaml';
import { commentsContaining } from '../../server/src/core/yaml/comments';
import { parseYaml } from '../../server/src/core/yaml/parse';
import { mutate, parseSnapshot, seededRandom } from '../helpers/yamlShape';
import { divergence } from '../helpers/yamlReferee';
import { fuzzCount, SEED } from './check';
import { EXAMPLES, ROOT } from './inputs';

/** Inputs compared in `npm test`; `npm run fuzz` sets FUZZ_COUNT far higher. */
const QUICK_COUNT = 400;

/** The inputs of the YAML test suite beside the repository. */
function suiteInputs(): string[] {
  const suite = path.join(ROOT, '../shared/yaml-test-suite');
  const inputs: string[] = [];
  const visit = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(path.join(folder, entry.name));
      else if (entry.name === 'in.yaml') inputs.push(fs.readFileSync(path.join(folder, entry.name), 'utf8'));
    }
  };
  visit(suite);
  return inputs.sort();
}

describe('fuzz: the engine reads YAML as the yaml package does', function () {
  this.timeout(0);
  const count = fuzzCount(QUICK_COUNT);
  const bases = [...EXAMPLES.map((example) => example.text), ...suiteInputs()];

  it(`agrees with parseDocument on ${count} seeded edits of the examples and the YAML test suite, read whole and re-parsed from the unedited text, which is left unchanged (seed ${SEED})`, () => {
    const random = seededRandom(SEED);
    const divergent: string[] = [];
    let fast = 0;
    let reused = 0;
    for (let i = 0; i < count; i++) {
      // Half the inputs are the examples, the rest the suite's cases; a quarter of all with CRLF line breaks.
      let base = random() < 0.5 ? EXAMPLES[Math.floor(random() * EXAMPLES.length)].text : bases[Math.floor(random() * bases.length)];
      if (random() < 0.25) base = base.replace(/\r?\n/g, '\r\n');
      const text = mutate(base, random);
      const whole = parseYaml(text);
      if (whole.fast) fast++;
      const wholeDifference = divergence(text, whole);
      if (wholeDifference) divergent.push(`input ${i} ${JSON.stringify(text.slice(0, 300))} read whole: ${wholeDifference}`);
      const previous = parseYaml(base);
      const before = parseSnapshot(previous);
      const updated = parseYaml(text, previous);
      if (updated.changedEntry && updated.changedEntry.length > 0) reused++;
      const updatedDifference = divergence(text, updated);
      if (updatedDifference) divergent.push(`input ${i} ${JSON.stringify(text.slice(0, 300))} re-parsed: ${updatedDifference}`);
      // Code holding the unedited parse reads what it read before: value, findings, every node's ranges and comments.
      const after = parseSnapshot(previous);
      const changed = after.findIndex((line, at) => line !== before[at]);
      if (changed >= 0 || after.length !== before.length)
        divergent.push(`input ${i} ${JSON.stringify(text.slice(0, 300))} changed the previous parse: ${after[changed] ?? '(lines removed)'}`);
      if (divergent.length >= 10) break;
    }
    console.log(`      ${count} inputs: ${fast} read by the fast parser, ${reused} re-parsed in one list entry, ${divergent.length} divergent`);
    assert.deepEqual(divergent, []);
    // About a fifth of the inputs are valid enough for the fast parser; the comparison needs a good share of them.
    assert.ok(fast > count / 10, `the fast parser read only ${fast} of ${count} inputs`);
  });

  it(`finds the comments holding a marker as the yaml lexer does over the whole text, on ${count} seeded edits with the marker written in (seed ${SEED})`, () => {
    const random = seededRandom(SEED + 1);
    const marker = 'product-specs-disable';
    const writings = [`# ${marker} x`, marker, ` #${marker}-next-line y`, `\n# ${marker}\n`, `\n    # ${marker} z\n`, ` "# ${marker}"`];
    const divergent: string[] = [];
    let fastWithMarker = 0;
    for (let i = 0; i < count; i++) {
      let text = random() < 0.5 ? EXAMPLES[Math.floor(random() * EXAMPLES.length)].text : bases[Math.floor(random() * bases.length)];
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
        const at = Math.floor(random() * text.length);
        text = text.slice(0, at) + writings[Math.floor(random() * writings.length)] + text.slice(at);
      }
      if (random() < 0.25) text = text.replace(/\r?\n/g, '\r\n');
      const parsed = parseYaml(text);
      if (parsed.fast) fastWithMarker++;
      const found = JSON.stringify(commentsContaining(parsed, marker));
      const expected = JSON.stringify(lexedComments(text, marker));
      if (found !== expected) divergent.push(`input ${i} ${JSON.stringify(text.slice(0, 300))}: found ${found}, the lexer ${expected}`);
      if (divergent.length >= 10) break;
    }
    console.log(`      ${count} inputs: ${fastWithMarker} read by the fast parser, ${divergent.length} divergent`);
    assert.deepEqual(divergent, []);
    assert.ok(fastWithMarker > count / 10, `the fast parser read only ${fastWithMarker} of ${count} inputs`);
  });
});

/** The comments holding `marker` that the yaml lexer finds in a whole text, with their offsets. */
function lexedComments(text: string, marker: string): Array<{ offset: number; text: string }> {
  const comments: Array<{ offset: number; text: string }> = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // Tokens that stand for no text: document start and end, flow error end.
    if (['\u0002', '\u0018', '\u001f'].includes(token)) continue;
    if (token.startsWith('#') && token.includes(marker)) comments.push({ offset, text: token });
    offset += token.length;
  }
  return comments;
}
