import type { OptionValue, RuleMeta } from './rule';

/**
 * A rule's one-line description with the option values in force in place of the option names:
 * "No manager has more than `max` direct reports" reads "No manager has more than 8 direct reports".
 * Backticked words that are not options of the rule (field names) stay as they are.
 */
export function describeRule(meta: Pick<RuleMeta, 'description' | 'options'>, options: Readonly<Record<string, OptionValue>> = {}): string {
  return meta.description.replace(/`([A-Za-z]+)`/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(meta.options, name)) return whole;
    const value = Object.prototype.hasOwnProperty.call(options, name) ? options[name] : meta.options[name].default;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}
