import { RULES } from '../../core';
import { describeRule } from '../../core/rules/describe';
import { EXIT, type Command } from '../command';

/** `product-specs rules`: every rule with its area, default severity and description. */
export const rules: Command = ({ io, colors: c }) => {
  const width = Math.max(0, ...RULES.map((rule) => rule.meta.id.length));
  const lines = RULES.map((rule) => `${rule.meta.id.padEnd(width)}  ${rule.meta.severity.padEnd(7)}  ${c.dim(describeRule(rule.meta))}`);
  io.stdout.write(`${lines.join('\n')}\n${RULES.length} rules.\n`);
  return EXIT.ok;
};
