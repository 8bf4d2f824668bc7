import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './tokenize';

interface OnEnterRule {
  readonly beforeText: string;
  readonly action: { readonly indent: 'none' | 'indent'; readonly appendText?: string };
}

const CONFIG = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')) as { onEnterRules: OnEnterRule[] };

/**
 * The column (1-based) the cursor lands on after Enter at the end of `line`, as the editor applies
 * `onEnterRules`: the first rule whose beforeText matches decides; `indent` adds one level (two
 * spaces, the indentation of spec files), `appendText` follows; without a rule the line's own
 * indentation is kept.
 */
function columnAfterEnter(line: string): number {
  const indent = line.length - line.trimStart().length;
  const rule = CONFIG.onEnterRules.find((candidate) => new RegExp(candidate.beforeText).test(line));
  if (!rule) return indent + 1;
  return indent + (rule.action.indent === 'indent' ? 2 : 0) + (rule.action.appendText ?? '').length + 1;
}

describe('Enter in a spec file (language-configuration.json)', () => {
  it("goes to the column of the entry's keys after the first key of a list entry, not to its dash", () => {
    assert.equal(columnAfterEnter('    - id: customs-autofill'), 7);
    assert.equal(columnAfterEnter('    - id: customs-autofill   # the new one'), 7);
    assert.equal(columnAfterEnter("    - 'quoted key': value"), 7);
    assert.equal(columnAfterEnter('  - role: CTO'), 5);
    assert.equal(columnAfterEnter('        - assumption: Merchants will pay a fee'), 11);
    assert.equal(columnAfterEnter('    - url: https://example.com/a'), 7);
  });

  it("goes one level below the entry's keys after a list entry whose first key opens a block", () => {
    assert.equal(columnAfterEnter('    - coaching:'), 9);
    assert.equal(columnAfterEnter('    - outcome:   # what should move'), 9);
  });

  it('indents after a key that opens a block, keeps the column after a key with a value, and after a plain list value', () => {
    assert.equal(columnAfterEnter('      outcome:'), 9);
    assert.equal(columnAfterEnter('spec:'), 3);
    assert.equal(columnAfterEnter('      title: Instant payouts'), 7);
    assert.equal(columnAfterEnter('        - Owners spend four hours a week counting stock'), 9);
    assert.equal(columnAfterEnter('    # - id: commented-out'), 5);
  });
});
