/** Where two versions of a text differ: one region, found from both ends. */
export interface TextChange {
  /** Offset of the first character that differs (the length of the common start). */
  readonly start: number;
  /** End of the changed region in the old text; what follows is the common end. */
  readonly oldEnd: number;
  /** End of the changed region in the new text. */
  readonly newEnd: number;
}

/** Characters compared at once, natively, before the search narrows to single characters. */
const CHUNK = 1024;

/** The one region where `text` differs from `old`: the smallest one, found from both ends (empty when they are equal). */
export function textChange(old: string, text: string): TextChange {
  const shorter = Math.min(old.length, text.length);
  const start = commonPrefix(old, text, shorter);
  const tail = commonSuffix(old, text, shorter - start);
  return { start, oldEnd: old.length - tail, newEnd: text.length - tail };
}

function commonPrefix(a: string, b: string, limit: number): number {
  let at = 0;
  while (at + CHUNK <= limit && a.substring(at, at + CHUNK) === b.substring(at, at + CHUNK)) at += CHUNK;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let tail = 0;
  while (tail + CHUNK <= limit && a.substring(a.length - tail - CHUNK, a.length - tail) === b.substring(b.length - tail - CHUNK, b.length - tail)) tail += CHUNK;
  while (tail < limit && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return tail;
}
