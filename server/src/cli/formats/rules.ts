import { RULES } from '../../core';
import type { Colors } from './colors';

/** `product-specs rules`: every rule with its area, default severity and description. */
export function formatRules(c: Colors): string {
  const width = Math.max(0, ...RULES.map((rule) => rule.meta.id.length));
  const lines = RULES.map((rule) => `${rule.meta.id.padEnd(width)}  ${rule.meta.severity.padEnd(7)}  ${c.dim(rule.meta.description)}`);
  return `${lines.join('\n')}\n${RULES.length} rules.\n`;
}
