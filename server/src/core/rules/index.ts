import type { Rule } from './rule';

/** Every rule of the catalogue, registered explicitly, grouped by responsibility area. */
export const RULES: readonly Rule[] = [];

const byId = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export function ruleIds(): string[] {
  return [...byId.keys()];
}
