import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { parseYaml, releaseTree, type ParsedYaml } from '../../server/src/core/yaml/parse';
import { mutate, parseSnapshot, seededRandom, yamlShape } from '../helpers/yamlShape';
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
  // A parse of the fast path has no findings, and `divergence` holds it to the yaml package's errors: none.
  if (!incremental.fast) assert.deepEqual(incremental.findings, parseYaml(text).findings);
}

/** The nodes of the roadmap's items, read from a parse's tree. */
function itemsOf(parsed: ParsedYaml): unknown[] {
  const valueOf = (map: unknown, key: string): unknown => (map as YAMLMap).items.find((pair) => (pair.key as Scalar).value === key)?.value;
  return (valueOf(valueOf(parsed.document?.contents, 'spec'), 'items') as YAMLSeq).items;
}

describe('incremental parsing', function () {
  this.timeout(400_000);
  it('gives what a full parse gives after each of 2,000 random typing edits, leaving each previous parse unchanged', () => {
    const random = seededRandom(7);
    let text = ROADMAP;
    let parsed = parseYaml(text);
    let reused = 0;
    for (let i = 0; i < 2000; i++) {
      const next = typingEdit(text, random);
      const before = parseSnapshot(parsed);
      const result = parseYaml(next, parsed);
      if (result.changedEntry && result.changedEntry.length > 0) reused++;
      sameAsFullParse(result, next);
      assert.deepEqual(parseSnapshot(parsed), before, `edit ${i} changed the previous parse`);
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

  it('reuses the previous parse for an edit inside one roadmap item, shares the nodes it did not re-parse, and leaves the previous parse exactly as it was', () => {
    const previous = parseYaml(ROADMAP);
    const tree = previous.document;
    const before = parseSnapshot(previous);
    const next = ROADMAP.replace('title: Instant payouts', 'title: Instant payouts for everyone');
    const parsed = parseYaml(next, previous);
    assert.deepEqual(parsed.changedEntry, ['spec', 'items', 1]);
    sameAsFullParse(parsed, next);
    // Code still holding the previous parse reads what it read before: the same tree, value, ranges and comments.
    assert.equal(previous.document, tree);
    assert.deepEqual(parseSnapshot(previous), before);
    // The new parse made a tree of its own, sharing the item before the edit as it is.
    assert.notEqual(parsed.document, tree);
    assert.equal(itemsOf(parsed)[0], itemsOf(previous)[0]);
    assert.notEqual(itemsOf(parsed)[1], itemsOf(previous)[1]);
    // The previous parse can still be edited another way, and both edits read as a full parse reads them.
    const other = ROADMAP.replace('title: Instant payouts', 'title: Payouts');
    sameAsFullParse(parseYaml(other, previous), other);
    assert.deepEqual(parseSnapshot(previous), before);
  });

  it('rebuilds a released tree when it is read again, the same as before', () => {
    const parsed = parseYaml(ROADMAP);
    const shape = yamlShape(parsed.document?.contents);
    releaseTree(parsed);
    assert.deepEqual(yamlShape(parsed.document?.contents), shape);
    // A released parse is not reused for an edit, but the edit still parses right.
    releaseTree(parsed);
    const next = ROADMAP.replace('title: Instant payouts', 'title: Instant payouts now');
    sameAsFullParse(parseYaml(next, parsed), next);
  });
});
