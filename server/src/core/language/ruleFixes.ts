import { isMap, isScalar } from 'yaml';
import { nodeAtPath } from '../locate';
import { headsOfProduct } from '../model/organisation';
import type { SpecDocument } from '../specDocument';
import type { Finding, JsonPath } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex';
import { deleteProperty, insertProperty, replaceScalar, yamlText, type TextEdit } from './edits';
import { labelOf } from './entities';
import { propertiesOf, rootSchemaOf, schemasAt } from './schemaInfo';
import type { Fix } from './quickFixes';

type RuleFix = (doc: SpecDocument, path: JsonPath, index: WorkspaceIndex) => Fix[];

/** The hints whose fix is obvious, by rule id, and how each is made. */
export const RULE_FIXES: ReadonlyMap<string, RuleFix> = new Map<string, RuleFix>([
  ['vision/owner-missing', ownerFix],
  ['vision/goal-without-metric', (doc, path) => (path[path.length - 1] === 'metric' ? [] : insertFix(doc, path, ['metric'], 'Add a metric'))],
  ['execution/now-without-outcome', outcomeFix],
  ['execution/far-date-commitment', dateFix],
]);

/** Fixes for hints where the fix is obvious, by rule id. */
export function ruleFixes(doc: SpecDocument, finding: Finding, index: WorkspaceIndex): Fix[] {
  const fix = RULE_FIXES.get(finding.code);
  return finding.path && fix ? fix(doc, finding.path, index) : [];
}

function order(doc: SpecDocument, path: JsonPath): string[] {
  const root = rootSchemaOf(doc);
  return propertiesOf(root, schemasAt(root, path)).map((property) => property.name);
}

/** Inserts empty properties into the mapping at `path`, one edit each. */
function insertFix(doc: SpecDocument, path: JsonPath, names: readonly string[], title: string): Fix[] {
  // Every insert is computed on the original text; inserts at the same place are merged in order.
  const edits: TextEdit[] = [];
  for (const name of names) {
    const edit = insertProperty(doc.parsed, path, name, { inline: '""' }, order(doc, path));
    if (!edit) return [];
    edits.push(edit);
  }
  return edits.length > 0 ? [{ title, edits: merge(edits), preferred: true }] : [];
}

/** Inserts at the same offset become one insert, in order. */
function merge(edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const same = out.findIndex((other) => other.range.start === edit.range.start && other.range.end === edit.range.end && edit.range.start === edit.range.end);
    if (same >= 0) out[same] = { range: edit.range, newText: out[same].newText + edit.newText };
    else out.push(edit);
  }
  return out;
}

/** The Head of Product of the workspace's charter, when exactly one is named and defined. */
function headOfProduct(index: WorkspaceIndex): { id: string; label: string } | undefined {
  const heads = headsOfProduct(index);
  if (heads.length !== 1) return undefined;
  const id = heads[0];
  return { id, label: labelOf('member', id, index.lookup('member', id)!.entry) };
}

function ownerFix(doc: SpecDocument, path: JsonPath, index: WorkspaceIndex): Fix[] {
  const head = headOfProduct(index);
  if (!head) return [];
  const title = `Set the owner to ${head.label} (${head.id}), the Head of Product`;
  const metadata = nodeAtPath(doc.parsed, ['metadata']);
  const owner = nodeAtPath(doc.parsed, ['metadata', 'owner']);
  let edit: TextEdit | undefined;
  if (isScalar(owner)) edit = replaceScalar(doc.parsed, ['metadata', 'owner'], head.id);
  else if (owner === undefined && (isMap(metadata) || path.length === 1))
    edit = insertProperty(doc.parsed, ['metadata'], 'owner', { inline: yamlText(head.id) }, order(doc, ['metadata']));
  return edit ? [{ title, edits: [edit], preferred: true }] : [];
}

function outcomeFix(doc: SpecDocument, path: JsonPath): Fix[] {
  const title = 'Add an outcome with a metric and a target';
  if (path[path.length - 1] !== 'outcome') {
    const edit = insertProperty(doc.parsed, path, 'outcome', { inline: '', lines: ['metric: ""', 'target: ""'] }, order(doc, path));
    return edit ? [{ title, edits: [edit], preferred: true }] : [];
  }
  const outcome = (nodeAtPath(doc.parsed, path) ?? undefined) as unknown;
  const present = new Set(
    isMap(outcome)
      ? outcome.items
          .filter((pair) => isScalar(pair.key) && isScalar(pair.value) && String(pair.value.value ?? '').trim() !== '')
          .map((pair) => String((pair.key as { value: unknown }).value))
      : [],
  );
  const missing = ['metric', 'target'].filter((name) => !present.has(name));
  if (isMap(outcome) && outcome.items.some((pair) => isScalar(pair.key) && missing.includes(String(pair.key.value)))) return [];
  return insertFix(doc, path, missing, missing.length === 2 ? 'Add a metric and a target to the outcome' : `Add a ${missing[0]} to the outcome`);
}

/** A date on a next or later item that is only an estimate reads as a promise: remove it. */
function dateFix(doc: SpecDocument, path: JsonPath): Fix[] {
  const at = path.lastIndexOf('date');
  if (at < 0) return [];
  const edit = deleteProperty(doc.parsed, path.slice(0, at + 1));
  return edit ? [{ title: 'Remove the estimated date', edits: [edit] }] : [];
}
