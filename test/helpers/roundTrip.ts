/**
 * Round trips of edits on spec files: a workspace of in-memory files, edits applied the way an
 * editor applies them, and the checks that an edit keeps every comment, blank line and quoted
 * value it does not target, leaves one valid YAML document, fixes what it claims to fix, and that a
 * rename changes every place that names the id and nothing else.
 */
import * as path from 'node:path';
import { CST, Lexer, parseAllDocuments } from 'yaml';
import { ruleIds, Workspace, type Finding, type SpecDocument } from '../../server/src/core';
import type { TextEdit } from '../../server/src/core/language/edits';
import type { OffsetRange } from '../../server/src/core/types';
import { idRange, renameEdits, symbolAt, type SymbolAt } from '../../server/src/core/language/navigation';
import { fixAllEdits, fixesFor, type Fix } from '../../server/src/core/language/quickFixes';
import type { EntityKind } from '../../server/src/core/references';
import { applyEdits } from './applyEdits';
import { TODAY } from './engine';

/** Spec files by name. */
export type Files = Readonly<Record<string, string>>;

const ROOT = path.resolve('/round-trip-workspace');

export function uriOf(name: string): string {
  return `file://${path.join(ROOT, name)}`;
}

export function nameOf(uri: string): string {
  return path.basename(decodeURIComponent(uri));
}

/** A workspace of in-memory files, checked on the tests' date. */
export class SpecFiles {
  readonly workspace = new Workspace({ today: TODAY });

  /** `unchanged`: a workspace whose documents of the same text can be reused rather than parsed again. */
  constructor(
    readonly files: Files,
    unchanged?: SpecFiles,
  ) {
    for (const [name, text] of Object.entries(files)) {
      const known = unchanged?.files[name] === text ? unchanged.workspace.document(uriOf(name)) : undefined;
      if (known && known.kind !== 'Config') this.workspace.adopt(known);
      else this.workspace.update({ uri: uriOf(name), fileName: path.join(ROOT, name), text });
    }
  }

  get names(): string[] {
    return Object.keys(this.files);
  }

  doc(name: string): SpecDocument {
    const doc = this.workspace.document(uriOf(name));
    if (!doc) throw new Error(`${name} is not in the workspace`);
    return doc;
  }

  findings(name: string): Finding[] {
    return this.workspace.findings(uriOf(name));
  }

  /** The quick fixes of a finding, as the editor offers them. */
  fixes(name: string, finding: Finding): Fix[] {
    return fixesFor(this.doc(name), finding, this.workspace.index, ruleIds());
  }

  /** The edits of "fix all" on one file. */
  fixAll(name: string): TextEdit[] {
    return fixAllEdits(this.doc(name), this.findings(name), this.workspace.index, ruleIds());
  }

  /** The same files with some replaced. */
  with(changed: Files): SpecFiles {
    return new SpecFiles({ ...this.files, ...changed }, this);
  }

  private readonly editedCache = new Map<string, { text: string; after: SpecFiles; yaml: string[] }>();

  /** One file after edits (the same edits are applied once): its text, the workspace with it, and its problems as YAML. */
  edited(name: string, edits: readonly TextEdit[]): { text: string; after: SpecFiles; yaml: string[] } {
    const key = `${name} ${JSON.stringify(edits)}`;
    let result = this.editedCache.get(key);
    if (!result) {
      const text = applyTo(this.doc(name), edits);
      result = { text, after: this.with({ [name]: text }), yaml: yamlProblems(text) };
      this.editedCache.set(key, result);
    }
    return result;
  }
}

/** Applies offset edits to a document's text through line/character positions, as an editor receives them. */
export function applyTo(doc: SpecDocument, edits: readonly TextEdit[]): string {
  return applyEdits(
    doc.parsed.text,
    edits.map((edit) => ({ range: doc.parsed.lines.range(edit.range), newText: edit.newText })),
  );
}

/** What an edit must keep unless it targets it. */
interface Kept {
  readonly kind: 'comment' | 'blank line' | 'quoted value';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A comment after content on its line (`key: value # comment`). */
  readonly trailing?: boolean;
}

const keptCache = new Map<string, Kept[]>();

/** The comments, blank lines and quoted scalars of a YAML text, with their offsets (the last few texts' kept). */
export function keptTokens(text: string): Kept[] {
  let kept = keptCache.get(text);
  if (!kept) {
    kept = lexKept(text);
    if (keptCache.size >= 8) keptCache.delete(keptCache.keys().next().value!);
    keptCache.set(text, kept);
  }
  return kept;
}

function lexKept(text: string): Kept[] {
  const kept: Kept[] = [];
  let offset = 0;
  for (const lexeme of new Lexer().lex(text)) {
    // Markers of the lexer's state, not text of the source.
    if (lexeme === CST.DOCUMENT || lexeme === CST.FLOW_END || lexeme === CST.SCALAR) continue;
    const type = CST.tokenType(lexeme);
    if (type === 'comment') {
      const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      kept.push({ kind: 'comment', start: offset, end: offset + lexeme.length, text: lexeme, trailing: text.slice(lineStart, offset).trim() !== '' });
    } else if (type === 'single-quoted-scalar' || type === 'double-quoted-scalar') {
      kept.push({ kind: 'quoted value', start: offset, end: offset + lexeme.length, text: lexeme });
    }
    offset += lexeme.length;
  }
  if (offset !== text.length) throw new Error(`The lexer covered ${offset} of ${text.length} characters`);
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim() === '' && end < text.length) kept.push({ kind: 'blank line', start, end: end + 1, text: line });
    start = end + 1;
  }
  return kept;
}

function lineNumber(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** True when an edit removes whole lines only and `token` sits on one of them, after content: part of what the edit removes. */
function removedWithItsLine(text: string, edit: TextEdit, token: Kept): boolean {
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  const lineEnd = text.indexOf('\n', token.end);
  const afterContent = token.kind === 'quoted value' || !!token.trailing;
  return edit.newText === '' && afterContent && edit.range.start <= lineStart && lineEnd >= 0 && lineEnd < edit.range.end;
}

/** Why `edit` does not keep `token` (undefined when it does); `targets` are the ranges of what the edit is meant to change. */
function breaks(text: string, edit: TextEdit, token: Kept, targets: readonly OffsetRange[]): string | undefined {
  const { start, end } = edit.range;
  const touches = start === end ? token.start < start && start < token.end : start < token.end && token.start < end;
  if (!touches || removedWithItsLine(text, edit, token)) return undefined;
  const where = `line ${lineNumber(text, token.start)}`;
  if (token.kind === 'quoted value') return token.start < start && end < token.end ? undefined : `changes the quotes of ${token.text} (${where})`;
  // A finding on a comment (a misspelled rule id in a suppression comment) is fixed inside the comment.
  const targeted = targets.some((target) => token.start <= target.start && target.end <= token.end && target.start <= start && end <= target.end);
  if (token.kind === 'comment') return targeted ? undefined : `deletes or splits the comment "${token.text}" (${where})`;
  return `deletes the blank ${where}`;
}

/**
 * What an edit lost: text outside the edits that is not the same in the edited text, and comments,
 * blank lines or quotes inside an edited range. A quoted value may change between its quotes; a
 * quoted value or a comment after content may go with its whole line when the edit removes that
 * line; a comment may change only inside one of the `targets`.
 */
export function keepProblems(original: string, edits: readonly TextEdit[], edited: string, targets: readonly OffsetRange[] = []): string[] {
  const problems: string[] = [];
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let cursor = 0;
  let shift = 0;
  for (const edit of [...sorted, { range: { start: original.length, end: original.length }, newText: '' }]) {
    const gap = original.slice(cursor, edit.range.start);
    if (edited.slice(cursor + shift, cursor + shift + gap.length) !== gap) problems.push(`changes text outside its edits (line ${lineNumber(original, cursor)})`);
    shift += edit.newText.length - (edit.range.end - edit.range.start);
    cursor = edit.range.end;
  }
  if (edited.length !== original.length + shift) problems.push('the edited text does not have the length its edits give');
  for (const token of keptTokens(original)) {
    for (const edit of edits) {
      const broken = breaks(original, edit, token, targets);
      if (broken) problems.push(broken);
    }
  }
  return problems;
}

/** Problems of a text as YAML: anything but one document without errors. */
export function yamlProblems(text: string): string[] {
  const documents = parseAllDocuments(text);
  const list = Array.isArray(documents) ? documents : [];
  if (list.length !== 1) return [`parses to ${list.length} YAML documents`];
  return list[0].errors.map((error) => `YAML error: ${error.message.split('\n')[0]}`);
}

/** A finding as told apart from others: code, path and message (offsets move when text is inserted above). */
export function findingKey(finding: Finding): string {
  return `${finding.code} at ${JSON.stringify(finding.path ?? null)}: ${finding.message}`;
}

/** Where a finding is, whatever it says: its message names ids and values an edit may change. */
function placeKey(finding: Finding): string {
  return `${finding.code} at ${JSON.stringify(finding.path ?? null)}`;
}

function counts(keys: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of keys) out.set(key, (out.get(key) ?? 0) + 1);
  return out;
}

/** Where the text an edit inserts lies in the edited text. */
function insertedSpans(edits: readonly TextEdit[]): OffsetRange[] {
  let shift = 0;
  return [...edits]
    .sort((a, b) => a.range.start - b.range.start)
    .map((edit) => {
      const start = edit.range.start + shift;
      shift += edit.newText.length - (edit.range.end - edit.range.start);
      return { start, end: start + edit.newText.length };
    });
}

/**
 * Error findings of the edited workspace that neither the files before the edit nor `baseline` (the
 * files they were made from) had. An error on a value the edit inserted is a placeholder the user
 * still has to fill in (`title: ""`), not a new error.
 */
function newErrors(before: SpecFiles, after: SpecFiles, baseline: SpecFiles, edited: { name: string; edits: readonly TextEdit[] }): string[] {
  const spans = insertedSpans(edited.edits);
  const errors = (files: SpecFiles, name: string): Finding[] => (files.files[name] === undefined ? [] : files.findings(name).filter((finding) => finding.severity === 'error'));
  return before.names.flatMap((name) => {
    const was = counts([...errors(before, name), ...errors(baseline, name)].map(placeKey));
    const placeholder = (finding: Finding): boolean => name === edited.name && spans.some((span) => span.start <= finding.range.start && finding.range.end <= span.end);
    const added = errors(after, name).filter((finding) => !placeholder(finding));
    const now = counts(added.map(placeKey));
    return [...now]
      .filter(([key, count]) => count > (was.get(key) ?? 0))
      .map(([key]) => `new error in ${name}: ${added.find((finding) => placeKey(finding) === key)!.message} (${key})`);
  });
}

/** What went wrong when edits of one file were applied, and the workspace after them. */
export function applyAndCheck(
  files: SpecFiles,
  name: string,
  edits: readonly TextEdit[],
  baseline: SpecFiles,
  targets: readonly OffsetRange[],
): { after: SpecFiles; problems: string[] } {
  const { text, after, yaml } = files.edited(name, edits);
  return { after, problems: [...keepProblems(files.doc(name).parsed.text, edits, text, targets), ...yaml, ...newErrors(files, after, baseline, { name, edits })] };
}

/** The edits with every empty placeholder they insert (`metric: ""`) filled in, as the user would. */
function filledIn(edits: readonly TextEdit[]): TextEdit[] {
  return edits.map((edit) => ({ range: edit.range, newText: edit.newText.replace(/""/g, '"Filled in"') }));
}

/**
 * A finding still there after an edit meant to remove it. A fix that inserts an empty placeholder
 * may leave its finding until the placeholder is filled in; with it filled in, the finding must go.
 */
function stillThere(before: SpecFiles, after: SpecFiles, name: string, finding: Finding, edits: readonly TextEdit[]): string[] {
  const key = placeKey(finding);
  const count = (files: SpecFiles): number => files.findings(name).filter((other) => placeKey(other) === key).length;
  const was = count(before);
  if (count(after) < was) return [];
  if (edits.some((edit) => edit.newText.includes('""'))) {
    const filled = before.edited(name, filledIn(edits)).after;
    if (count(filled) < was) return [];
    return [`the finding is still there with its placeholders filled in: ${key}: ${finding.message}`];
  }
  return [`the finding is still there: ${key}: ${finding.message}`];
}

/** Applies one fix of a finding; returns what went wrong. */
export function checkFix(files: SpecFiles, name: string, finding: Finding, fix: Fix, baseline: SpecFiles = files): string[] {
  const { after, problems } = applyAndCheck(files, name, fix.edits, baseline, [finding.range]);
  return [...problems, ...stillThere(files, after, name, finding, fix.edits)];
}

/** Applies "fix all" to one file; every finding whose unambiguous fix it applied must be gone. */
export function checkFixAll(files: SpecFiles, name: string, edits: readonly TextEdit[], baseline: SpecFiles = files): string[] {
  const applied = (fix: Fix): boolean => fix.edits.every((edit) => edits.some((other) => JSON.stringify(other) === JSON.stringify(edit)));
  const fixed = files.findings(name).filter((finding) => files.fixes(name, finding).some((fix) => fix.unambiguous && applied(fix)));
  const { after, problems } = applyAndCheck(
    files,
    name,
    edits,
    baseline,
    fixed.map((finding) => finding.range),
  );
  return [...problems, ...fixed.flatMap((finding) => stillThere(files, after, name, finding, edits))];
}

/** Every id a workspace defines or refers to, once, as the editor finds it under the cursor at each place it is written. */
export function renameableSymbols(files: SpecFiles): { symbols: SymbolAt[]; problems: string[] } {
  const index = files.workspace.index;
  const symbols = new Map<string, SymbolAt>();
  const problems: string[] = [];
  for (const name of files.names) {
    const doc = files.doc(name);
    const places = index.symbolsOf(doc.uri);
    for (const place of [...(places?.definitions ?? []), ...(places?.references ?? [])]) {
      const range = idRange(index, doc.uri, place.path);
      const symbol = range && symbolAt(doc, range.start);
      if (!symbol || symbol.kind !== place.kind || symbol.id !== place.id) {
        problems.push(`${name} ${JSON.stringify(place.path)}: the cursor on "${place.id}" finds ${symbol ? `${symbol.kind} "${symbol.id}"` : 'no id'}`);
        continue;
      }
      const key = `${symbol.kind} ${symbol.id}`;
      if (!symbols.has(key)) symbols.set(key, symbol);
    }
  }
  return { symbols: [...symbols.values()], problems };
}

/** A name for a renamed id that is valid and not taken. */
export function renamedId(files: SpecFiles, kind: EntityKind, id: string): string {
  const base = `${
    id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'id'
  }-renamed`;
  let name = base;
  for (let n = 2; files.workspace.index.lookup(kind, name); n++) name = `${base}-${n}`;
  return name;
}

function places(files: SpecFiles, kind: EntityKind, id: string): { definitions: string[]; references: string[] } {
  const index = files.workspace.index;
  const at = (place: { uri: string; path: readonly (string | number)[] }): string => `${nameOf(place.uri)} ${JSON.stringify(place.path)}`;
  return { definitions: index.definitions(kind, id).map(at).sort(), references: index.references(kind, id).map(at).sort() };
}

function codesOf(files: SpecFiles): Record<string, string[]> {
  return Object.fromEntries(
    files.names.map((name) => [
      name,
      files
        .findings(name)
        .map((finding) => finding.code)
        .sort(),
    ]),
  );
}

/**
 * Renames an id; the edits must change the id's text only, keep everything else, and leave every
 * place that named the old id naming the new one, with the same findings' codes as before.
 */
export function checkRename(files: SpecFiles, symbol: SymbolAt, newName: string): string[] {
  const result = renameEdits(files.workspace.index, symbol, newName);
  if ('error' in result) return [result.error];
  const problems: string[] = [];
  const changed: Record<string, string> = {};
  for (const [uri, edits] of result.edits) {
    const name = nameOf(uri);
    const doc = files.doc(name);
    for (const edit of edits) {
      const token = doc.parsed.text.slice(edit.range.start, edit.range.end);
      if (token !== symbol.id || edit.newText !== newName) problems.push(`${name} line ${lineNumber(doc.parsed.text, edit.range.start)}: changes "${token}" to "${edit.newText}"`);
    }
    changed[name] = applyTo(doc, edits);
    problems.push(...keepProblems(doc.parsed.text, edits, changed[name]).map((problem) => `${name}: ${problem}`));
    problems.push(...yamlProblems(changed[name]).map((problem) => `${name}: ${problem}`));
  }
  const after = files.with(changed);
  const old = places(after, symbol.kind, symbol.id);
  if (old.definitions.length + old.references.length > 0) problems.push(`"${symbol.id}" is still named at ${[...old.definitions, ...old.references].join(', ')}`);
  if (JSON.stringify(places(after, symbol.kind, newName)) !== JSON.stringify(places(files, symbol.kind, symbol.id))) {
    problems.push(`"${newName}" is not named where "${symbol.id}" was: ${JSON.stringify(places(after, symbol.kind, newName))}`);
  }
  if (JSON.stringify(codesOf(after)) !== JSON.stringify(codesOf(files))) problems.push(`the findings' codes changed: ${JSON.stringify(codesOf(after))}`);
  return problems;
}
