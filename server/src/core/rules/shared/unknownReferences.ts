/**
 * The one reference check: every value the schemas declare as a reference (`x-ref`) that names
 * nothing is reported by the rule its declaration names (`x-reported-by`), at the value, with a
 * "did you mean" and its quick fix when a defined id is close. A new reference field needs only
 * its two schema keywords.
 */
import { definitionsInScope, referenceScope, type ReferenceScope } from '../../model/referenceScope';
import { quoted } from '../../quote';
import { collectSymbols, ENTITY_NAMES, type Definition, type DocumentSymbols, type EntityKind, type Reference } from '../../references';
import type { SpecDocument } from '../../specDocument';
import type { JsonPath } from '../../types';
import type { RuleContext, RuleFinding } from '../rule';
import { suggester } from '../util';

/** What to do about a reference that names nothing and is close to no id, by the kind it names. */
const FIXES: Readonly<Record<EntityKind, string>> = {
  member: "use a member's id, or add them to a charter's members",
  team: "use a product team's id, or add the team to a charter's product teams",
  vision: 'use the metadata.id of the vision this roadmap serves',
  goal: "use the id of one of the vision's goals",
  need: "use the id of one of the vision's needs",
  targetGroup: "use the id of one of the vision's target groups",
  theme: "use the id of one of the roadmap's themes, or add the theme",
  objective: "use the id of one of the roadmap's objectives, or add the objective",
  item: 'use the id of an existing item, or remove the entry',
  keyResult: 'use the id of an existing key result',
  roadmap: 'use the metadata.id of an existing roadmap',
  charter: 'use the metadata.id of an existing team charter',
};

/** The symbols of the checked document: the index's when it holds this very document. */
function symbolsOf({ doc, index }: Pick<RuleContext, 'doc' | 'index'>): DocumentSymbols {
  return (index.document(doc.uri) === doc ? index.symbolsOf(doc.uri) : undefined) ?? collectSymbols(doc);
}

/** The findings of one rule for the references of the checked document that name nothing. */
export function unknownReferences(context: Pick<RuleContext, 'doc' | 'index'>, ruleId: string): RuleFinding[] {
  const symbols = symbolsOf(context);
  const mine = symbols.references.filter((reference) => reference.reportedBy === ruleId);
  if (mine.length === 0) return [];
  const { doc, index } = context;
  const scopes = new Map<EntityKind, ReferenceScope>();
  /** The ids a reference of a kind may name, listed only when one names nothing (for "did you mean"). */
  const candidates = new Map<EntityKind, string[]>();
  const suggest = suggester();
  const findings: RuleFinding[] = [];
  let entries: EntryIndex | undefined;
  for (const reference of mine) {
    let scope = scopes.get(reference.kind);
    if (!scope) scopes.set(reference.kind, (scope = referenceScope(index, doc, reference.kind)));
    const uris = scope.uris;
    if (index.definitions(reference.kind, reference.id).some((definition) => !uris || uris.has(definition.uri))) continue;
    let list = candidates.get(reference.kind);
    if (!list) candidates.set(reference.kind, (list = [...new Set(definitionsInScope(index, doc, reference.kind, scope).map((definition) => definition.id))]));
    // Nothing of this kind to name (no charter, a vision without goals): the schema or another rule says so.
    if (list.length === 0) continue;
    entries ??= entryIndex(symbols.definitions);
    const own = reference.kind === 'item' ? enclosing(entries, reference.path)?.id : undefined;
    const suggestion = suggest(reference.id, list, own);
    findings.push(unknownReferenceFinding(doc, entries, reference, scope, suggestion));
  }
  return findings;
}

function unknownReferenceFinding(doc: SpecDocument, entries: EntryIndex, reference: Reference, scope: ReferenceScope, suggestion: string | undefined): RuleFinding {
  const noun = ENTITY_NAMES[reference.kind].short;
  const path = reference.path;
  const inList = typeof path[path.length - 1] === 'number';
  const field = String(inList ? path[path.length - 2] : path[path.length - 1]);
  const subject = `The ${field}${inList ? ' entry' : ''} ${quoted(reference.id)} of ${ownerOf(doc, entries, path)} names no ${noun} ${scope.phrase}`;
  if (suggestion !== undefined) return { path, message: `${subject}: did you mean "${suggestion}"?`, data: { replacement: suggestion } };
  return { path, message: `${subject}: ${FIXES[reference.kind]}.` };
}

/** The document's definitions by the path of the entry they define (`spec/items/3`). */
type EntryIndex = ReadonlyMap<string, Definition>;

function entryIndex(definitions: readonly Definition[]): EntryIndex {
  const index = new Map<string, Definition>();
  for (const definition of definitions) {
    const key = definition.path.slice(0, -1).join('/');
    if (!index.has(key)) index.set(key, definition);
  }
  return index;
}

/** The deepest definition whose entry holds the path (a reference's item, theme, member...). */
function enclosing(entries: EntryIndex, path: JsonPath): Definition | undefined {
  for (let length = path.length - 1; length > 0; length--) {
    const found = entries.get(path.slice(0, length).join('/'));
    if (found) return found;
  }
  return undefined;
}

const DOCUMENT_NAMES: Readonly<Record<string, string>> = { Vision: 'vision', Roadmap: 'roadmap', TeamCharter: 'team charter' };

/** How the entry a reference is written in is named: `item "instant-payouts"`, `hiring entry #2`, `this team charter`. */
function ownerOf(doc: SpecDocument, entries: EntryIndex, path: JsonPath): string {
  const definition = enclosing(entries, path);
  let listAt = path.length - 2;
  while (listAt >= 0 && typeof path[listAt] !== 'number') listAt--;
  // An entry without an id (a hiring entry) below its enclosing definition is named by its place.
  if (listAt > 0 && (!definition || definition.path.length - 1 <= listAt)) return `${String(path[listAt - 1])} entry #${Number(path[listAt]) + 1}`;
  if (definition) return `${ENTITY_NAMES[definition.kind].short} ${quoted(definition.id)}`;
  return `this ${DOCUMENT_NAMES[doc.kind ?? ''] ?? 'file'}`;
}
