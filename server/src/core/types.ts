/** Shared vocabulary of the engine. Nothing here knows about editors. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export const AREAS = ['team-development', 'vision', 'execution', 'culture'] as const;
export type Area = (typeof AREAS)[number];

export const KINDS = ['Vision', 'Roadmap', 'TeamCharter'] as const;
export type SpecKind = (typeof KINDS)[number];
/** What a file is checked as: one of the spec kinds, or the workspace configuration. */
export type FileKind = SpecKind | 'Config';

/** A path into the parsed YAML value: property names and list indices. */
export type JsonPath = ReadonlyArray<string | number>;

/** Half-open range of UTF-16 offsets into the document text. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** One problem found in one file, located by offsets. */
export interface Finding {
  /** Rule id such as `team-development/span-of-control`, or a built-in code such as `schema/enum`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: OffsetRange;
  readonly area?: Area;
  /** Where in the YAML value the finding points, when it points at a value. */
  readonly path?: JsonPath;
  /** Extra facts for quick fixes (a suggested replacement, the missing property...). */
  readonly data?: FindingData;
}

export interface FindingData {
  /** A replacement for the text at the range, when one is obvious ("did you mean"). */
  readonly replacement?: string;
  /** Every allowed value, for enum errors. */
  readonly allowed?: readonly string[];
  /** A missing required property. */
  readonly missingProperty?: string;
}
