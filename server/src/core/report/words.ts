import { count } from '../words';

export { count };

/** "2 errors, 5 warnings, 1 info". */
export function severityCounts(counts: { readonly errors: number; readonly warnings: number; readonly infos: number }): string {
  return `${count(counts.errors, 'error')}, ${count(counts.warnings, 'warning')}, ${count(counts.infos, 'info', 'infos')}`;
}
