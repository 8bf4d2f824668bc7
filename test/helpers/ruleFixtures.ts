/**
 * Fixtures shared by the rule tests: the spec file builders of the rules' docs examples (so the
 * tests and the examples build files the same way), file names, and the test that every rule's
 * docs examples show what they claim.
 */
import * as assert from 'node:assert/strict';
import type { Rule, RuleExample } from '../../server/src/core/rules/rule';
import { othersOf } from '../../server/src/core/rules/shared/examples';
import { lintFile, type Seen } from './engine';

export {
  cashFlowRoadmapSpec,
  charterFile,
  CHARTER_PURPOSE,
  HEAD_OF_PRODUCT,
  roadmapMetadata,
  smallBusinessVisionSpec,
  specFile,
} from '../../server/src/core/rules/shared/examples';

export const CHARTER = 'team.charter.yaml';
export const ROADMAP = 'acme.roadmap.yaml';
export const VISION = 'acme.vision.yaml';

/** The findings of a docs example, checked with the other files of its workspace; only those of `code` when given. */
export function lintExample(example: RuleExample, code?: string): Seen[] {
  return lintFile(example.file, example.text, { code, others: othersOf(example) });
}

/**
 * One test per rule: its "fires" example fires it (each message passing `checkMessage` when given),
 * its "passes" example does not, and neither example has a finding that `unrelated` picks out.
 */
export function itFiresOnItsExamplesOnly(
  rules: readonly Rule[],
  {
    unrelated = (finding) => finding.code.startsWith('schema/') || finding.code.startsWith('yaml/'),
    checkMessage,
  }: { unrelated?: (finding: Seen, rule: Rule) => boolean; checkMessage?: (message: string) => void } = {},
): void {
  for (const rule of rules) {
    it(`${rule.meta.id}: the docs example "fires" fires it and "passes" does not`, () => {
      const { fires, passes } = rule.meta.examples;
      const fired = lintExample(fires, rule.meta.id);
      assert.ok(fired.length > 0, `${rule.meta.id} should fire on its example`);
      if (checkMessage) for (const finding of fired) checkMessage(finding.message);
      assert.deepEqual(lintExample(passes, rule.meta.id), []);
      const all = [...lintExample(fires), ...lintExample(passes)];
      assert.deepEqual(
        all.filter((finding) => unrelated(finding, rule)),
        [],
      );
    });
  }
}
