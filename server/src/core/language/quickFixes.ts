import { isMap, isScalar, type Node } from 'yaml';
import { nodeAtPath } from '../locate';
import type { JsonSchema } from '../schemas';
import type { SpecDocument } from '../specDocument';
import type { Finding } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex';
import { insertLineAbove, insertProperty, overlaps, pairAt, replaceKey, replaceRange, replaceScalar, scalarAt, yamlText, type PropertyText, type TextEdit } from './edits';
import { ruleFixes } from './ruleFixes';
import { enumValues, isArraySchema, isObjectSchema, propertiesOf, requiredOf, rootSchemaOf, schemasAt, typesOf } from './schemaInfo';
import { propertySchemas } from '../schemaWalk';

/** A quick fix: a title and the minimal edits of one file. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly preferred?: boolean;
  /** Safe to apply without looking: part of "fix all". */
  readonly unambiguous?: boolean;
}

const NEXT_LINE = '# product-specs-disable-next-line';
const WHOLE_FILE = '# product-specs-disable';

/** The quick fixes of one finding, most likely first. */
export function fixesFor(doc: SpecDocument, finding: Finding, index: WorkspaceIndex, ruleIds: readonly string[]): Fix[] {
  const fixes: Fix[] = [];
  if (finding.code === 'schema/enum') fixes.push(...enumFixes(doc, finding));
  else if (finding.code === 'schema/required') fixes.push(...requiredFixes(doc, finding));
  else {
    const replacement = replacementFix(doc, finding);
    if (replacement) fixes.push(replacement);
  }
  fixes.push(...ruleFixes(doc, finding, index));
  if (ruleIds.includes(finding.code)) fixes.push(...disableFixes(doc, finding));
  return fixes;
}

/** Every unambiguous fix of a document that does not touch the text of another, as one list of edits. */
export function fixAllEdits(doc: SpecDocument, findings: readonly Finding[], index: WorkspaceIndex, ruleIds: readonly string[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const finding of findings) {
    const fix = fixesFor(doc, finding, index, ruleIds).find((candidate) => candidate.unambiguous);
    if (!fix || fix.edits.some((edit) => chosen.some((other) => overlaps(edit, other)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen;
}

function currentText(doc: SpecDocument, finding: Finding): string | undefined {
  if (finding.path) {
    const node = scalarAt(doc.parsed, finding.path);
    return node ? String(node.value ?? '') : undefined;
  }
  return doc.parsed.text.slice(finding.range.start, finding.range.end).replace(/^(["'])(.*)\1$/, '$2');
}

/** True when a finding points at a key (an unknown property, rule or option), not at its value. */
function onKey(doc: SpecDocument, finding: Finding): boolean {
  if (finding.code === 'schema/unknown-property') return true;
  const pair = finding.path && pairAt(doc.parsed, finding.path);
  const key = isScalar(pair?.key) ? pair.key.range : undefined;
  const value = (pair?.value as Node | null | undefined)?.range;
  // A finding on an empty value is shown on the key: that one is a value to fill in.
  return !!key && key[0] === finding.range.start && key[1] === finding.range.end && !!value && value[1] > value[0];
}

/** "Did you mean": the unknown key, value or id becomes the one it was probably meant to be. */
function replacementFix(doc: SpecDocument, finding: Finding): Fix | undefined {
  const replacement = finding.data?.replacement;
  if (!replacement) return undefined;
  const parsed = doc.parsed;
  if (finding.path && onKey(doc, finding)) {
    const path = finding.path;
    const parent = nodeAtPath(parsed, path.slice(0, -1));
    if (isMap(parent) && parent.items.some((pair) => isScalar(pair.key) && String(pair.key.value) === replacement)) return undefined;
    const edit = replaceKey(parsed, path, replacement);
    return edit && { title: `Change "${String(path[path.length - 1])}" to "${replacement}"`, edits: [edit], preferred: true, unambiguous: true };
  }
  const edit = finding.path ? replaceScalar(parsed, finding.path, replacement) : replaceRange(parsed.text, finding.range, replacement);
  const before = currentText(doc, finding);
  return edit && before !== undefined ? { title: `Change "${before}" to "${replacement}"`, edits: [edit], preferred: true, unambiguous: true } : undefined;
}

/** One fix per allowed value; the closest is preferred and is the one "fix all" applies. */
function enumFixes(doc: SpecDocument, finding: Finding): Fix[] {
  const before = currentText(doc, finding);
  if (!finding.path || before === undefined) return [];
  return (finding.data?.allowed ?? []).flatMap((value) => {
    const edit = replaceScalar(doc.parsed, finding.path!, value);
    const best = value === finding.data?.replacement;
    return edit ? [{ title: `Change "${before}" to "${value}"`, edits: [edit], preferred: best, unambiguous: best }] : [];
  });
}

/** The alternatives an object offers when one of several properties is required (`horizon` or `timeframe`). */
function alternativesFor(schemas: readonly JsonSchema[], name: string): string[] {
  for (const schema of schemas) {
    const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
    if (!Array.isArray(branches)) continue;
    const names = branches.map((branch): unknown => (Array.isArray(branch.required) && branch.required.length === 1 ? branch.required[0] : undefined));
    if (names.every((n): n is string => n !== undefined) && names.includes(name)) return names;
  }
  return [name];
}

/** The missing property, inserted at the mapping's indentation, in schema order, with a placeholder value. */
function requiredFixes(doc: SpecDocument, finding: Finding): Fix[] {
  const root = rootSchemaOf(doc);
  const name = finding.data?.missingProperty;
  if (!name || !finding.path) return [];
  const schemas = schemasAt(root, finding.path);
  const order = propertiesOf(root, schemas).map((property) => property.name);
  const names = alternativesFor(schemas, name);
  return names.flatMap((missing) => {
    const edit = insertProperty(doc.parsed, finding.path!, missing, placeholder(root, propertySchemas(root, schemas, missing)), order);
    return edit ? [{ title: `Add the missing property "${missing}"`, edits: [edit], preferred: names.length === 1 }] : [];
  });
}

/**
 * A value to fill in: the schema's default, the only allowed value, or an empty value of the right
 * type (`""`, `0`, `[]`); a mapping gets its own required properties.
 */
export function placeholder(root: JsonSchema, schemas: readonly JsonSchema[], depth = 0): PropertyText {
  const fallback = schemas.find((schema) => schema.default !== undefined)?.default;
  if (typeof fallback === 'string' || typeof fallback === 'number' || typeof fallback === 'boolean') return { inline: yamlText(String(fallback)) };
  const values = enumValues(schemas);
  if (values.length === 1) return { inline: yamlText(values[0]) };
  const types = typesOf(schemas);
  if (types.has('string') || values.length > 1) return { inline: '""' };
  if (isArraySchema(schemas)) return { inline: '[]' };
  if (isObjectSchema(schemas)) {
    const required = requiredOf(schemas);
    if (required.length === 0 || depth >= 2) return { inline: '{}' };
    const lines = required.flatMap((name) => {
      const value = placeholder(root, propertySchemas(root, schemas, name), depth + 1);
      return [`${name}:${value.inline ? ` ${value.inline}` : ''}`, ...(value.lines ?? []).map((line) => `  ${line}`)];
    });
    return { inline: '', lines };
  }
  if (types.has('integer') || types.has('number')) return { inline: '0' };
  if (types.has('boolean')) return { inline: 'false' };
  return { inline: '""' };
}

/** Suppression comments: above the line, or at the top of the file. */
function disableFixes(doc: SpecDocument, finding: Finding): Fix[] {
  const parsed = doc.parsed;
  const rule = finding.code;
  const line = parsed.lines.position(finding.range.start).line;
  const lineText = (n: number): string => parsed.text.slice(parsed.lines.lineStart(n), parsed.lines.lineEnd(n));
  const appendTo = (n: number): TextEdit => {
    const end = parsed.lines.lineStart(n) + lineText(n).trimEnd().length;
    return { range: { start: end, end }, newText: ` ${rule}` };
  };
  const above = line > 0 ? lineText(line - 1).trim() : '';
  const forLine = above.startsWith(`${NEXT_LINE} `) || above === NEXT_LINE ? appendTo(line - 1) : insertLineAbove(parsed, line, `${NEXT_LINE} ${rule}`);
  const first = lineText(0).trim();
  const newline = parsed.text.includes('\r\n') ? '\r\n' : '\n';
  const forFile = first.startsWith(`${WHOLE_FILE} `) && !first.startsWith(NEXT_LINE) ? appendTo(0) : { range: { start: 0, end: 0 }, newText: `${WHOLE_FILE} ${rule}${newline}` };
  return [
    { title: `Disable ${rule} for this line`, edits: [forLine] },
    { title: `Disable ${rule} for this file`, edits: [forFile] },
  ];
}
