import { isMap, isSeq, type Node } from 'yaml';
import type { ParsedYaml } from '../yaml/parse';
import type { SpecDocument } from '../specDocument';
import { lastContentLine } from './edits';

/** A range of lines that can be folded. */
export interface Fold {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'comment';
}

/** Folding ranges: every mapping, list, list entry and multi-line text that spans lines, and blocks of comments. */
export function foldingRanges(doc: SpecDocument): Fold[] {
  const parsed = doc.parsed;
  const folds: Fold[] = [];
  const add = (start: number, end: number): void => {
    const startLine = parsed.lines.position(start).line;
    const endLine = lastContentLine(parsed, { start, end });
    if (endLine > startLine) folds.push({ startLine, endLine });
  };
  const visit = (node: Node | null | undefined): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = (pair.key as Node | null)?.range;
        const value = pair.value as Node | null;
        if (key && value?.range && value.range[1] > value.range[0]) add(key[0], value.range[1]);
        visit(value);
      }
    } else if (isSeq(node)) {
      for (const entry of node.items as Node[]) {
        if (entry?.range && (isMap(entry) || isSeq(entry))) add(entry.range[0], entry.range[1]);
        visit(entry);
      }
    }
  };
  visit(parsed.document?.contents);
  folds.push(...commentFolds(parsed));
  return folds.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function commentFolds(parsed: ParsedYaml): Fold[] {
  const folds: Fold[] = [];
  let start = -1;
  for (let line = 0; line <= parsed.lines.lineCount; line++) {
    const isComment = line < parsed.lines.lineCount && parsed.text.slice(parsed.lines.lineStart(line), parsed.lines.lineEnd(line)).trim().startsWith('#');
    if (isComment && start < 0) start = line;
    if (!isComment && start >= 0) {
      if (line - 1 > start) folds.push({ startLine: start, endLine: line - 1, kind: 'comment' });
      start = -1;
    }
  }
  return folds;
}
