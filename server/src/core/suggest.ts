/**
 * Edit distance between two strings (insertions, deletions, substitutions, adjacent swaps), or
 * `limit + 1` as soon as it is known to exceed `limit`.
 */
export function distance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const cols = b.length + 1;
  let before = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let current = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[cols - 1];
}

/**
 * The candidate closest to a value, when it is close enough to be what was meant:
 * at most a third of the value's length away (case is ignored). `exclude` is never suggested.
 */
export function closest(value: string, candidates: Iterable<string>, exclude?: string): string | undefined {
  const wanted = value.toLowerCase();
  const limit = Math.max(1, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - value.length) >= bestDistance || candidate === exclude) continue;
    const score = distance(wanted, candidate.toLowerCase(), bestDistance - 1);
    if (score < bestDistance) {
      best = candidate;
      bestDistance = score;
    }
  }
  return best;
}
