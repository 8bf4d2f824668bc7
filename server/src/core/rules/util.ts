/** Small readers for rule code: spec values are untrusted, the schema may have failed. */
import { closest } from '../suggest';
import { joinList } from '../words';

export type Entry = Readonly<Record<string, unknown>>;

/** The value at a path of property names, or undefined. */
export function get(value: unknown, ...path: Array<string | number>): unknown {
  let current = value;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** A list's entries that are mappings, each with its index in the list. */
export function entries(value: unknown): Array<[Entry, number]> {
  if (!Array.isArray(value)) return [];
  const out: Array<[Entry, number]> = [];
  value.forEach((entry, index) => {
    if (entry && typeof entry === 'object' && !Array.isArray(entry)) out.push([entry as Entry, index]);
  });
  return out;
}

/** A list's string entries. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** A non-empty string, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** True when a value is missing, empty text, or an empty list or mapping. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** Parses YYYY-MM-DD into a UTC day number, or undefined when it is not such a date. */
export function dayNumber(date: unknown): number | undefined {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : Math.floor(time / 86_400_000);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD), or undefined when either is not a date. */
export function daysBetween(from: unknown, to: string): number | undefined {
  const start = dayNumber(from);
  const end = dayNumber(to);
  return start === undefined || end === undefined ? undefined : end - start;
}

/** Whole calendar months from `from` to `to` (both YYYY-MM-DD), counting a month only once its day is reached. */
export function monthsBetween(from: unknown, to: string): number | undefined {
  if (dayNumber(from) === undefined || dayNumber(to) === undefined) return undefined;
  const [y1, m1, d1] = String(from).split('-').map(Number);
  const [y2, m2, d2] = to.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
export function quoteList(values: readonly string[]): string {
  return joinList(
    values.map((value) => `"${value}"`),
    'and',
  );
}

/** `1 item`, `2 items`. */
export { count } from '../words';

/** Candidates the did-you-mean suggestions of one check may compare in all: far more than a spec of a normal size needs. */
export const SUGGESTION_BUDGET = 20_000;

/**
 * A did-you-mean lookup for one check of one file: `closest`, until the check has compared
 * `budget` candidates in all; after that, no suggestion. A file full of unknown ids, each compared
 * with thousands of ids, then stays fast instead of taking minutes.
 */
export function suggester(budget = SUGGESTION_BUDGET): (value: string, candidates: Iterable<string>, exclude?: string) => string | undefined {
  let left = budget;
  return (value, candidates, exclude) => {
    if (left <= 0) return undefined;
    const list = [...candidates];
    left -= list.length;
    return closest(value, list, exclude);
  };
}
