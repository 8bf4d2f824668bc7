import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GRAMMAR_FILE, ROOT, scopesOf } from './tokenize';

const FIXTURES = path.join(ROOT, 'test', 'grammar', 'fixtures');
const GOLDEN = path.join(ROOT, 'test', 'grammar', 'golden');

/** Property names the schemas mark with `x-ref`, split by whether their value is one id or a list of ids. */
function schemaReferenceKeys(): { scalar: string[]; list: string[] } {
  const scalar = new Set<string>();
  const list = new Set<string>();
  const visit = (node: unknown, key: string | undefined, inList: boolean): void => {
    if (!node || typeof node !== 'object') return;
    const schema = node as Record<string, unknown>;
    // A place that holds a reference only when written as an id (`x-ref-when`) holds names too: not coloured as a reference.
    if (schema['x-ref'] && !schema['x-ref-when'] && key) (inList ? list : scalar).add(key);
    for (const [name, child] of Object.entries((schema.properties as Record<string, unknown>) ?? {})) visit(child, name, false);
    if (schema.items) visit(schema.items, key, true);
    for (const [name, child] of Object.entries(schema)) if (name !== 'properties' && name !== 'items' && child && typeof child === 'object') visit(child, key, inList);
  };
  for (const file of ['vision', 'roadmap', 'team-charter']) visit(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', `${file}.schema.json`), 'utf8')), undefined, false);
  return { scalar: [...scalar].sort(), list: [...list].sort() };
}

describe('TextMate grammar of spec files', () => {
  for (const name of fs.readdirSync(FIXTURES).sort()) {
    it(`scopes ${name} as its golden file says`, async () => {
      const actual = await scopesOf(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
      const golden = path.join(GOLDEN, `${name}.txt`);
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, actual);
      assert.equal(actual, fs.readFileSync(golden, 'utf8'));
    });
  }

  it('marks as references exactly the properties the schemas mark with x-ref, but those that hold names too', () => {
    const grammar = JSON.parse(fs.readFileSync(GRAMMAR_FILE, 'utf8')) as { repository: Record<string, { match?: string; begin?: string }> };
    const keys = (pattern: string | undefined): string[] =>
      /\(((?:[A-Za-z]+\|)*[A-Za-z]+)\)\(:\)/
        .exec(pattern ?? '')![1]
        .split('|')
        .sort();
    const expected = schemaReferenceKeys();
    assert.deepEqual(keys(grammar.repository.reference.match), expected.scalar);
    assert.deepEqual(keys(grammar.repository['reference-flow-list'].begin), expected.list);
    assert.deepEqual(keys(grammar.repository['reference-block-list'].begin), expected.list);
  });

  it('scopes one line of each kind as expected', async () => {
    assert.equal(
      await scopesOf('    - id: ravi\n      reportsTo: dana'),
      [
        '1:     - id: ravi',
        '  "-"  punctuation.definition.block.sequence.item',
        '  "id"  entity.name.tag',
        '  ":"  punctuation.separator.key-value',
        '  "ravi"  entity.name.type.id',
        '2:       reportsTo: dana',
        '  "reportsTo"  entity.name.tag',
        '  ":"  punctuation.separator.key-value',
        '  "dana"  variable.other.reference',
        '',
      ].join('\n'),
    );
  });
});
