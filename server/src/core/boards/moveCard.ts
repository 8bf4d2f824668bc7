import { insertProperty, replaceScalar, scalarAt, type TextEdit } from '../language/edits';
import { propertiesOf, rootSchemaOf, schemasAt } from '../language/schemaInfo';
import { HORIZONS, isDerivedHorizon, itemHorizon, parseTimeframe, type Horizon } from '../model/horizon';
import { list, roadmapSpec, text } from '../model/specModel';
import type { SpecDocument } from '../specDocument';

/** Which card to move where: the item's index in `spec.items` and its id as the board showed them. */
export interface CardMove {
  readonly index: number;
  readonly id: string;
  readonly to: Horizon;
}

export type MoveResult = { readonly edits: readonly TextEdit[] } | { readonly error: string };

/**
 * The edits that move a roadmap item to another horizon: its `horizon` is rewritten, or on a
 * timeline its `timeframe` becomes the period of the same size (quarter, half or year) that means
 * that horizon today. One token changes, so comments and quoting stay; nothing is written when the
 * item is not where the board said it was.
 */
export function moveCardEdits(doc: SpecDocument, move: CardMove, today: string): MoveResult {
  if (doc.kind !== 'Roadmap') return { error: 'Only roadmap items can be moved.' };
  if (!(HORIZONS as readonly string[]).includes(move.to)) return { error: `"${String(move.to)}" is not a horizon: use now, next or later.` };
  const spec = roadmapSpec(doc);
  const item = list(spec, 'items').find(([, index]) => index === move.index)?.[0];
  const id = item && (text(item.id) ?? `#${move.index}`);
  if (!item || id !== move.id) return { error: `The roadmap changed: item "${move.id}" is no longer where the board showed it. Try again on the refreshed board.` };
  const from = itemHorizon(item, today);
  if (from === move.to) return { edits: [] };
  const path = ['spec', 'items', move.index];
  const timeline = text(spec?.format) === 'timeline';
  const timeframe = parseTimeframe(item.timeframe);
  if (isDerivedHorizon(item) || (timeline && item.horizon === undefined)) {
    const value = timeframeFor(move.to, timeframe?.months ?? 3, today);
    const edit = scalarAt(doc.parsed, [...path, 'timeframe']) ? replaceScalar(doc.parsed, [...path, 'timeframe'], value) : insert(doc, path, 'timeframe', value);
    return edit ? { edits: [edit] } : { error: `Item "${move.id}" could not be edited: write its timeframe by hand.` };
  }
  const edit = scalarAt(doc.parsed, [...path, 'horizon']) ? replaceScalar(doc.parsed, [...path, 'horizon'], move.to) : insert(doc, path, 'horizon', move.to);
  return edit ? { edits: [edit] } : { error: `Item "${move.id}" could not be edited: write its horizon by hand.` };
}

function insert(doc: SpecDocument, path: Array<string | number>, name: string, value: string): TextEdit | undefined {
  const root = rootSchemaOf(doc);
  const order = propertiesOf(root, schemasAt(root, path)).map((property) => property.name);
  return insertProperty(doc.parsed, path, name, { inline: value }, order);
}

/** The timeframe of a size (3, 6 or 12 months) that is now, next or later on `today`: the period holding today, the one after, the one after that. */
export function timeframeFor(horizon: Horizon, months: 3 | 6 | 12, today: string): string {
  const month = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1;
  const start = (Math.floor(month / months) + HORIZONS.indexOf(horizon)) * months;
  const year = Math.floor(start / 12);
  if (months === 12) return String(year);
  const part = (start % 12) / months + 1;
  return `${year}-${months === 3 ? 'Q' : 'H'}${part}`;
}
