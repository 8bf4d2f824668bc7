import { count } from '../words';

export { count };

/** "1 problem · 2 hints": the findings on an entry, problems (the file is broken) before hints (the rules suggest); undefined for none. */
export function findingWords(tally: { readonly problems?: number; readonly hints?: number }): string | undefined {
  const parts = [tally.problems ? count(tally.problems, 'problem') : undefined, tally.hints ? count(tally.hints, 'hint') : undefined];
  return parts.filter(Boolean).join(' · ') || undefined;
}

/** "2 errors, 5 warnings, 1 info". */
export function severityCounts(counts: { readonly errors: number; readonly warnings: number; readonly infos: number }): string {
  return `${count(counts.errors, 'error')}, ${count(counts.warnings, 'warning')}, ${count(counts.infos, 'info', 'infos')}`;
}
