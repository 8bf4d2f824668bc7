import * as fs from 'node:fs';
import { isMap, isScalar, parseAllDocuments } from 'yaml';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/core/specDocument';
import type { FuzzInput } from './inputs';

const KINDS = ['Vision', 'Roadmap', 'TeamCharter'];

/** Milliseconds one input may take through the engine before it counts as a hang. */
export const BUDGET_MS = 2000;

/** How many inputs the fuzz runs: `FUZZ_COUNT` (the long run sets it), else the quick default. */
export function fuzzCount(fallback: number, variable = 'FUZZ_COUNT'): number {
  const value = Number(process.env[variable]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const SEED = Number(process.env.FUZZ_SEED) || 20261125;

/** Inputs up to this many characters are also broken when they repeat a key. */
const UNIQUE_KEYS_UP_TO = 256 * 1024;

/**
 * Why an input is broken, or undefined when it is not: the `yaml` package reports an error, the file
 * holds several documents, its top is not a mapping, its `kind` is not one of the three, it is empty,
 * binary or too large. Every broken input must get at least one finding.
 */
export function brokenReason(input: FuzzInput, maxFileSize = DEFAULT_MAX_FILE_SIZE): string | undefined {
  const { text } = input;
  if (text.length > maxFileSize) return 'too large';
  if (text.includes('\u0000')) return 'NUL bytes';
  if (text.trim() === '') return 'empty';
  // The `yaml` package compares every pair of keys of a mapping: on large inputs that alone would take minutes.
  const documents = parseAllDocuments(text, { uniqueKeys: text.length <= UNIQUE_KEYS_UP_TO });
  const all = Array.isArray(documents) ? documents : [];
  for (const document of all) if (document.errors.length > 0) return `yaml ${document.errors[0].code}`;
  if (all.length > 1) return 'several documents';
  const contents = all[0]?.contents;
  if (contents === undefined || contents === null) return undefined;
  if (!isMap(contents)) return 'not a mapping';
  const kind = contents.get('kind', true);
  if (kind === undefined || (isScalar(kind) && kind.value === null)) return undefined;
  if (!isScalar(kind) || typeof kind.value !== 'string' || !KINDS.includes(kind.value)) return 'unknown kind';
  return undefined;
}

/** A problem the fuzz found with one input. */
export interface Failure {
  readonly input: string;
  readonly problem: string;
}

/** What a fuzz run saw: counts, failures and the slowest input. */
export class FuzzStats {
  inputs = 0;
  broken = 0;
  readonly crashes: Failure[] = [];
  readonly hangs: Failure[] = [];
  readonly silent: Failure[] = [];
  readonly badRanges: Failure[] = [];
  slowest = { input: '', ms: 0, bytes: 0 };

  constructor(readonly label: string) {}

  time(input: FuzzInput, ms: number): void {
    if (ms > this.slowest.ms) this.slowest = { input: input.name, ms: Math.round(ms), bytes: input.text.length };
  }

  get failures(): Failure[] {
    return [...this.crashes, ...this.hangs, ...this.silent, ...this.badRanges];
  }

  summary(): string {
    return [
      `${this.label}: ${this.inputs} inputs fuzzed (${this.broken} broken), ${this.crashes.length} crashes, ${this.hangs.length} over the time budget, ${this.silent.length} broken inputs without a diagnostic, ${this.badRanges.length} findings outside the text`,
      `  slowest: ${this.slowest.ms} ms, ${this.slowest.input} (${this.slowest.bytes} characters)`,
    ].join('\n');
  }

  /** Appends this run's numbers to the file named by `FUZZ_SUMMARY`, for `npm run fuzz` to print. */
  save(): void {
    const file = process.env.FUZZ_SUMMARY;
    if (!file) return;
    const entry = {
      label: this.label,
      inputs: this.inputs,
      broken: this.broken,
      crashes: this.crashes,
      hangs: this.hangs,
      silent: this.silent,
      badRanges: this.badRanges,
      slowest: this.slowest,
    };
    fs.appendFileSync(file, `${JSON.stringify(entry)}\n`);
  }
}

/** Describes failures for an assertion message: the first few, and how many more. */
export function describeFailures(failures: readonly Failure[], limit = 8): string {
  const shown = failures.slice(0, limit).map((failure) => `  ${failure.input}: ${failure.problem}`);
  if (failures.length > limit) shown.push(`  ... and ${failures.length - limit} more`);
  return shown.join('\n');
}

export function firstLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0].slice(0, 200);
}
