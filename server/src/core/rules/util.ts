/**
 * Small helpers for rule code: dates, lists in messages, suggestions. Rules read spec values through
 * the typed accessor layer (`model/specModel`).
 */
import { closest } from '../suggest';
import { joinList } from '../words';

/** Parses YYYY-MM-DD into a UTC day number, or undefined when it is not such a date. */
function dayNumber(date: unknown): number | undefined {
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
