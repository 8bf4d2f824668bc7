import type { Target } from '../locate';
import type { SpecDocument } from '../specDocument';
import type { Area, FindingData, JsonPath, Severity, SpecKind } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex';

export type OptionValue = number | string | boolean | readonly string[];

export interface RuleOption<Value extends OptionValue = OptionValue> {
  readonly default: Value;
  readonly description: string;
}

/** The options of a rule's metadata: one entry per option of its `Options`, each default of the option's type. */
export type RuleOptions<Options> = { readonly [Name in keyof Options]: RuleOption<Options[Name] & OptionValue> };

/** A spec file shown in a rule's docs page: one example where the rule fires, one where it does not. */
export interface RuleExample {
  /** A file name such as `acme.roadmap.yaml`; decides the kind with the text's `kind`. */
  readonly file: string;
  readonly text: string;
}

export interface RuleMeta<Options = Record<string, OptionValue>> {
  /** `area/name`, the same string in code, docs, configuration and diagnostics. */
  readonly id: string;
  readonly area: Area;
  readonly severity: Exclude<Severity, 'hint'>;
  /** One line: what the rule checks. */
  readonly description: string;
  /** Why it matters to a product leader: a short paragraph. */
  readonly rationale: string;
  readonly options: RuleOptions<Options>;
  /** The kinds of file the rule reports on. */
  readonly kinds: readonly SpecKind[];
  /** True when the rule reads other files through the workspace index. */
  readonly crossFile?: boolean;
  readonly examples: { readonly fires: RuleExample; readonly passes: RuleExample };
}

/** What a rule reports: a message at a path of the checked document. */
export interface RuleFinding {
  readonly path: JsonPath;
  readonly message: string;
  /** Point at the key rather than the value (default: the value; a missing value falls back to its parent). */
  readonly target?: Target;
  /** Overrides the configured severity for this finding only (e.g. error above a hard limit). */
  readonly severity?: Exclude<Severity, 'hint'>;
  readonly data?: FindingData;
}

export interface RuleContext<Options = Record<string, OptionValue>> {
  readonly doc: SpecDocument;
  /** The document's value; rules must not trust its shape, the schema may have failed. */
  readonly value: unknown;
  readonly options: Options;
  /** The date the check treats as today, YYYY-MM-DD. */
  readonly today: string;
  /**
   * Every file of the workspace; cross-file rules read other files only through it: ids and
   * references of every kind, and the entries of members and product teams. Other entries of other
   * files are not watched for changes, so a rule must not read them.
   */
  readonly index: WorkspaceIndex;
  /** The configured severity of this rule, for rules that escalate. */
  readonly severity: Exclude<Severity, 'hint'>;
}

export interface Rule<Options = Record<string, OptionValue>> {
  readonly meta: RuleMeta<Options>;
  /** Pure: the same context gives the same findings. */
  check(context: RuleContext<Options>): RuleFinding[];
}

/**
 * Declares a rule with typed options: `check` reads `context.options` as `Options`, and the metadata
 * must declare every option of `Options` with a default of its type, and no other.
 */
export function defineRule<Options extends Record<string, OptionValue>>(rule: Rule<Options>): Rule {
  return rule;
}
