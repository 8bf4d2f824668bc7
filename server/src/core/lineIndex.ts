import type { OffsetRange, Position, Range } from './types';

/** Converts between offsets and line/character positions of one text. Built once per text. */
export class LineIndex {
  private readonly starts: number[];

  constructor(
    private readonly text: string,
    starts?: number[],
  ) {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    this.starts = starts;
  }

  /**
   * The index of `text`, an edit of this index's text that differs from it only in [start, oldEnd)
   * (now [start, newEnd)): the line breaks outside that region are taken from here, those after it
   * moved by the change in length, and only the region is searched.
   */
  edited(text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    const old = this.starts;
    const delta = newEnd - oldEnd;
    // Lines starting at or before `start` keep their start; those starting after `oldEnd` move.
    const before = this.position(start).line + 1;
    const after = this.position(oldEnd).line + 1;
    const starts = old.slice(0, before);
    for (let i = text.indexOf('\n', start); i !== -1 && i < newEnd; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    for (let i = after; i < old.length; i++) starts.push(old[i] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this.starts[lo] };
  }

  offset(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, position.line)];
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  range(range: OffsetRange): Range {
    return { start: this.position(range.start), end: this.position(range.end) };
  }

  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(0, line), this.starts.length - 1)];
  }

  /** Offset of the end of a line, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    return next > 0 && this.text[next - 1] === '\r' && next - 1 >= this.starts[line] ? next - 1 : next;
  }
}
