/**
 * Words people write for a key or a value the schemas spell another way: "fortnightly" for
 * `biweekly`, `lastUpdated` for `lastReviewed`. A did-you-mean offers the schema's word when the
 * written one is a synonym of an allowed one, before looking for a close spelling.
 */
import { closest } from './suggest';

/** The schema's word, then the words that mean the same (compared without case, spaces, hyphens or underscores). */
const SYNONYMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  // cadences
  ['biweekly', ['fortnightly', 'every two weeks', 'twice a month', 'bimonthly']],
  ['semiannual', ['half yearly', 'biannual', 'twice a year', 'every six months']],
  ['annual', ['yearly', 'annually', 'once a year']],
  ['quarterly', ['every quarter', 'every three months']],
  ['monthly', ['every month', 'once a month']],
  ['weekly', ['every week', 'once a week']],
  ['daily', ['every day']],
  // roles
  ['head-of-product', ['cpo', 'chief product officer', 'vp product', 'vp of product', 'director of product', 'head of product']],
  ['product-designer', ['designer', 'ux designer', 'product design']],
  ['data-analyst', ['analyst', 'product analyst']],
  ['ux-researcher', ['researcher', 'user researcher']],
  ['apm', ['associate pm', 'associate product manager']],
  ['pm', ['product manager']],
  ['senior-pm', ['senior product manager', 'spm']],
  ['group-pm', ['group product manager', 'gpm']],
  // stages, confidence, statuses
  ['delivery', ['in progress', 'building', 'development']],
  ['released', ['shipped', 'launched']],
  ['approved', ['final', 'published']],
  // metadata and other keys
  ['lastReviewed', ['lastUpdated', 'updated', 'lastUpdate', 'lastModified', 'modified', 'reviewed', 'lastReview', 'updatedAt', 'reviewedAt']],
  ['owner', ['owners', 'ownedBy']],
  ['reportsTo', ['manager', 'reportTo', 'reportingTo']],
];

function normalise(word: string): string {
  return word.toLowerCase().replace(/[\s_-]+/g, '');
}

const BY_SYNONYM = new Map<string, string>();
for (const [word, synonyms] of SYNONYMS) for (const synonym of synonyms) BY_SYNONYM.set(normalise(synonym), word);

/** The allowed word a written one stands for: a synonym of one, or the closest spelling; undefined when none is close. */
export function meantWord(written: string, allowed: readonly string[]): string | undefined {
  const synonym = BY_SYNONYM.get(normalise(written));
  if (synonym !== undefined && allowed.includes(synonym)) return synonym;
  return closest(written, allowed);
}
