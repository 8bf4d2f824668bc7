/**
 * Horizons: where a roadmap item stands (now, next, later). A now-next-later roadmap names it in
 * `horizon`; a timeline roadmap places items by `timeframe` (`2027-Q1`, `2027-H1` or `2027`) and the
 * horizon is derived from it and today's date:
 * - a timeframe that contains today, or ended before today while the item is not released, is now;
 * - one that starts in the period right after today's (the next quarter for a quarter, the next half
 *   for a half, the next year for a year) is next;
 * - anything later is later.
 * A released item whose timeframe ended before today is past: it is on no horizon any more.
 */
import type { Read } from './specModel';
import type { Roadmap } from './specTypes.generated';

export const HORIZONS = ['now', 'next', 'later'] as const;
export type Horizon = (typeof HORIZONS)[number];
/** The horizon of an item, or `past` for a released item whose timeframe has ended. */
export type ItemHorizon = Horizon | 'past';

/** A timeframe as a span of months counted from year 0 (`year * 12 + month - 1`), ends exclusive. */
export interface Timeframe {
  readonly text: string;
  /** The size of the period: 3 months for a quarter, 6 for a half, 12 for a year. */
  readonly months: 3 | 6 | 12;
  readonly start: number;
  readonly end: number;
}

const TIMEFRAME = /^(\d{4})(?:-(Q[1-4]|H[12]))?$/;

/** Reads `2027-Q1`, `2027-H2` or `2027` (YAML reads a plain `2027` as a number); undefined for anything else. */
export function parseTimeframe(value: unknown): Timeframe | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) value = String(value);
  if (typeof value !== 'string') return undefined;
  const match = TIMEFRAME.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const part = match[2];
  const months = part === undefined ? 12 : part.startsWith('Q') ? 3 : 6;
  const index = part === undefined ? 0 : Number(part.slice(1)) - 1;
  const start = year * 12 + index * months;
  return { text: value, months, start, end: start + months };
}

/** The month index (`year * 12 + month - 1`) of a `YYYY-MM-DD` date. */
function monthOf(today: string): number {
  return Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1;
}

/** The horizon a timeframe means on `today` (YYYY-MM-DD), for an item released or not. */
export function horizonOfTimeframe(timeframe: Timeframe, today: string, released: boolean): ItemHorizon {
  const month = monthOf(today);
  if (timeframe.end <= month) return released ? 'past' : 'now';
  if (timeframe.start <= month) return 'now';
  // The period of the timeframe's own size that follows the one holding today.
  const nextStart = (Math.floor(month / timeframe.months) + 1) * timeframe.months;
  return timeframe.start < nextStart + timeframe.months ? 'next' : 'later';
}

/** The fields of an item the horizon depends on (read from an untrusted value). */
export type HorizonFields = Pick<Read<Roadmap.Item>, 'horizon' | 'timeframe' | 'stage'>;

/** Where an item stands: its `horizon` when it names one, else the one derived from its `timeframe`. */
export function itemHorizon(item: HorizonFields, today: string): ItemHorizon | undefined {
  if (typeof item.horizon === 'string' && (HORIZONS as readonly string[]).includes(item.horizon)) return item.horizon as Horizon;
  const timeframe = parseTimeframe(item.timeframe);
  return timeframe && horizonOfTimeframe(timeframe, today, item.stage === 'released');
}

/** True when the horizon was derived from a timeframe rather than written in the item. */
export function isDerivedHorizon(item: HorizonFields): boolean {
  return !(typeof item.horizon === 'string' && (HORIZONS as readonly string[]).includes(item.horizon)) && parseTimeframe(item.timeframe) !== undefined;
}

/** `2027-Q1 (now)`: a timeline item's timeframe with the horizon it makes the item on `today`; undefined for an item with a written horizon. */
export function timeframeWithHorizon(item: HorizonFields, today: string): string | undefined {
  if (!isDerivedHorizon(item)) return undefined;
  const horizon = itemHorizon(item, today);
  return `${String(item.timeframe)} (${horizon === 'past' ? 'released, timeframe ended' : horizon})`;
}

/** The groups a roadmap's items fall in, in order: the three horizons, released items whose timeframe ended, items with neither horizon nor timeframe. */
export const HORIZON_GROUPS = [
  ['now', 'Now'],
  ['next', 'Next'],
  ['later', 'Later'],
  ['past', 'Released (timeframe ended)'],
  ['unscheduled', 'Unscheduled'],
] as const;
export type HorizonGroup = (typeof HORIZON_GROUPS)[number][0];

/** Items (with their indices) by the group their horizon puts them in on `today`, every group present, in order. */
export function itemsByHorizon<T extends HorizonFields>(items: ReadonlyArray<readonly [T, number]>, today: string): Map<HorizonGroup, Array<readonly [T, number]>> {
  const groups = new Map<HorizonGroup, Array<readonly [T, number]>>(HORIZON_GROUPS.map(([key]) => [key, []]));
  for (const entry of items) groups.get(itemHorizon(entry[0], today) ?? 'unscheduled')!.push(entry);
  return groups;
}
