import { RULES } from '../../core';
import { describeRule } from '../../core/rules/describe';
import type { Colors } from './colors';

/** `product-specs rules`: every rule with its area, default severity and description. */
export function formatRules(c: Colors): string {
  const width = Math.max(0, ...RULES.map((rule) => rule.meta.id.length));
  const lines = RULES.map((rule) => `${rule.meta.id.padEnd(width)}  ${rule.meta.severity.padEnd(7)}  ${c.dim(describeRule(rule.meta))}`);
  return `${lines.join('\n')}\n${RULES.length} rules.\n`;
}
