import { cultureRules } from './culture';
import { executionRules } from './execution';
import type { Rule } from './rule';
import { teamDevelopmentRules } from './team-development';
import { visionRules } from './vision';

/** Every rule of the catalogue, registered explicitly, grouped by responsibility area. */
export const RULES: readonly Rule[] = [...teamDevelopmentRules, ...visionRules, ...executionRules, ...cultureRules];

const byId = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export function ruleIds(): string[] {
  return [...byId.keys()];
}
