import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseYaml, type ParsedYaml } from '../../server/src/core/parse';
import { mutate, seededRandom } from '../helpers/yamlShape';
import { divergence } from '../helpers/yamlReferee';

const ROOT = path.resolve(__dirname, '../../..');
const ROADMAP = fs.readFileSync(path.join(ROOT, 'examples', 'acme', 'acme.roadmap.yaml'), 'utf8');

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789 ';
const TOKENS = [':', '-', '\n', '#', '"', '  ', 'stage: delivery', '\n      owner: dana', '\n    - id: extra\n      title: Extra', '[', ']', ', b', '|', '>-\n        folded'];

/** One small edit such as typing makes: mostly a letter typed or deleted, sometimes a YAML token. */
function typingEdit(text: string, random: () => number): string {
  const at = Math.floor(random() * text.length);
  const roll = random();
  if (roll < 0.5) return text.slice(0, at) + LETTERS[Math.floor(random() * LETTERS.length)] + text.slice(at);
  if (roll < 0.8) return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + TOKENS[Math.floor(random() * TOKENS.length)] + text.slice(at);
}

/** The re-parse must give what the yaml package gives for the whole text (every node's three offsets, values, errors), and the findings of a full parse. */
function sameAsFullParse(incremental: ParsedYaml, text: string): void {
  assert.equal(divergence(text, incremental), undefined);
  assert.deepEqual(incremental.findings, parseYaml(text).findings);
}

describe('incremental parsing', function () {
  this.timeout(180_000);
  it('gives what a full parse gives after each of 2,000 random typing edits', () => {
    const random = seededRandom(7);
    let text = ROADMAP;
    let parsed = parseYaml(text);
    let reused = 0;
    for (let i = 0; i < 2000; i++) {
      const next = typingEdit(text, random);
      const before = parsed.document;
      const result = parseYaml(next, parsed);
      if (result.fast && result.document === before) reused++;
      sameAsFullParse(result, next);
      // Like a person fixing a typo: an edit that breaks the YAML is undone before the next one.
      if (result.fast) {
        text = next;
        parsed = result;
      } else {
        parsed = parseYaml(text);
      }
    }
    assert.ok(reused > 1000, `most edits should reuse the previous parse, ${reused} did`);
  });

  it('gives what a full parse gives after 300 random structural mutations', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 300; i++) {
      const previous = parseYaml(ROADMAP);
      const next = mutate(ROADMAP, random);
      sameAsFullParse(parseYaml(next, previous), next);
    }
  });

  it('reuses the previous parse for an edit inside one roadmap item, and shifts what follows', () => {
    const previous = parseYaml(ROADMAP);
    const before = previous.document;
    const next = ROADMAP.replace('title: Instant payouts', 'title: Instant payouts for everyone');
    const parsed = parseYaml(next, previous);
    assert.equal(parsed.document, before, 'the document is updated in place');
    sameAsFullParse(parsed, next);
  });
});
