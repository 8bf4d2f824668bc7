import { minimatch } from 'minimatch';
import { keyRange, rangeOf } from './locate';
import { ruleById, ruleIds } from './rules';
import type { OptionValue, Rule } from './rules/rule';
import type { SpecDocument } from './specDocument';
import { closest } from './suggest';
import type { Finding, JsonPath, Severity } from './types';

export type ConfiguredSeverity = Exclude<Severity, 'hint'> | 'off';

export interface RuleSetting {
  readonly severity?: ConfiguredSeverity;
  readonly options: Readonly<Record<string, OptionValue>>;
}

/** `.productspecs.yaml`: what the editor and the command line both obey. */
export interface ProductSpecsConfig {
  readonly rules: ReadonlyMap<string, RuleSetting>;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** The date hints treat as today, for reproducible checks. */
  readonly today?: string;
}

export const DEFAULT_CONFIG: ProductSpecsConfig = { rules: new Map(), include: [], exclude: [] };

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];

/** Reads a configuration document. Problems the schema does not see are returned as findings. */
export function readConfig(doc: SpecDocument): { config: ProductSpecsConfig; findings: Finding[] } {
  const value = doc.parsed.value as Record<string, unknown> | undefined;
  const findings: Finding[] = [];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { config: DEFAULT_CONFIG, findings };
  const report = (path: JsonPath, message: string, replacement?: string, onKey = false): void => {
    findings.push({
      code: 'config/invalid',
      severity: 'error',
      message,
      range: (onKey ? keyRange(doc.parsed, path) : undefined) ?? rangeOf(doc.parsed, path),
      path,
      data: replacement ? { replacement } : undefined,
    });
  };
  const rules = new Map<string, RuleSetting>();
  const rawRules = value.rules;
  if (rawRules && typeof rawRules === 'object' && !Array.isArray(rawRules)) {
    for (const [id, raw] of Object.entries(rawRules as Record<string, unknown>)) {
      const rule = ruleById(id);
      if (!rule) {
        const suggestion = closest(id, ruleIds());
        report(['rules', id], `Unknown rule "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ' Run "product-specs rules" to list them.'}`, suggestion, true);
        continue;
      }
      const setting = readSetting(rule, raw, ['rules', id], report);
      if (setting) rules.set(id, setting);
    }
  }
  return {
    config: {
      rules,
      include: stringList(value.include),
      exclude: stringList(value.exclude),
      today: typeof value.today === 'string' ? value.today : undefined,
    },
    findings,
  };
}

function readSetting(rule: Rule, raw: unknown, path: JsonPath, report: (path: JsonPath, message: string, replacement?: string, onKey?: boolean) => void): RuleSetting | undefined {
  const [severity, options] = Array.isArray(raw) ? [raw[0] as unknown, raw[1] as unknown] : [raw, undefined];
  if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) return undefined; // the schema reports it
  const checked: Record<string, OptionValue> = {};
  if (options && typeof options === 'object' && !Array.isArray(options)) {
    for (const [name, option] of Object.entries(options as Record<string, unknown>)) {
      const known = rule.meta.options[name];
      const where = [...path, 1, name];
      if (!known) {
        const names = Object.keys(rule.meta.options);
        const suggestion = closest(name, names);
        const hint = suggestion ? ` Did you mean "${suggestion}"?` : names.length ? ` Its options: ${names.join(', ')}.` : ' It has no options.';
        report(where, `Rule "${rule.meta.id}" has no option "${name}".${hint}`, suggestion, true);
        continue;
      }
      if (!sameType(known.default, option)) {
        report(where, `Option "${name}" of rule "${rule.meta.id}" should be ${typeName(known.default)}, like its default ${JSON.stringify(known.default)}.`);
        continue;
      }
      checked[name] = option as OptionValue;
    }
  }
  return { severity: severity as ConfiguredSeverity, options: checked };
}

function sameType(expected: OptionValue, actual: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.every((entry) => typeof entry === 'string');
  return typeof actual === typeof expected && !(typeof actual === 'number' && !Number.isFinite(actual));
}

function typeName(value: OptionValue): string {
  if (Array.isArray(value)) return 'a list of words';
  return typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'true or false' : 'text';
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** A rule's severity and options under a configuration, or undefined when it is turned off. */
export function effectiveRule(config: ProductSpecsConfig, rule: Rule): { severity: Exclude<Severity, 'hint'>; options: Record<string, OptionValue> } | undefined {
  const setting = config.rules.get(rule.meta.id);
  const severity = setting?.severity ?? rule.meta.severity;
  if (severity === 'off') return undefined;
  const options: Record<string, OptionValue> = {};
  for (const [name, option] of Object.entries(rule.meta.options)) options[name] = setting?.options[name] ?? option.default;
  return { severity, options };
}

/** Whether a file, given relative to the configuration's folder with forward slashes, is checked. */
export function isIncluded(config: ProductSpecsConfig, relativePath: string): boolean {
  const match = (pattern: string): boolean => minimatch(relativePath, pattern, { dot: true, matchBase: !pattern.includes('/') });
  if (config.include.length > 0 && !config.include.some(match)) return false;
  return !config.exclude.some(match);
}
