import { rangeOf, valueRange } from '../locate';
import type { SpecDocument } from '../specDocument';
import type { Finding, JsonPath } from '../types';
import type { Location } from './types';

/** Where the entry at a path starts in a document (its first line for a block). */
export function locationOf(doc: SpecDocument, path: JsonPath): Location {
  return { uri: doc.uri, range: doc.parsed.lines.range(rangeOf(doc.parsed, path)) };
}

export function findingLocation(doc: SpecDocument, finding: Finding): Location {
  return { uri: doc.uri, range: doc.parsed.lines.range(finding.range) };
}

/** The findings about the entry at a path: those whose path lies below it, or whose range lies inside it. */
export function findingsUnder(doc: SpecDocument, findings: readonly Finding[], path: JsonPath): Finding[] {
  const block = valueRange(doc.parsed, path);
  return findings.filter((finding) => {
    if (finding.path) return path.every((step, i) => finding.path![i] === step);
    return !!block && finding.range.start >= block.start && finding.range.end <= block.end;
  });
}
