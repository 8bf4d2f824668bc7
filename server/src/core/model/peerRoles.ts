/**
 * Peers by meaning: the roles the rules look for among the Head of Product's peers, recognised
 * case-insensitively whatever the spelling ("CTO", "Chief Technical Officer", "VP, Engineering"),
 * in one table.
 */

export type PeerKind = 'engineering' | 'marketing' | 'design' | 'ceo';

/** A role title in a comparable form: lower case, punctuation as spaces, `of` and `the` left out, `vice president` as `vp`. */
function normalise(role: string): string {
  return role
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(of|the)\b/g, ' ')
    .replace(/\bvice president\b/g, 'vp')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Senior titles that lead a function, with at most one word between: `VP Engineering`, `Head of Growth Marketing`. */
const LEADS = '(?:vp|svp|evp|senior vp|executive vp|head|director|lead)';

const TABLE: ReadonlyArray<readonly [PeerKind, RegExp]> = [
  ['engineering', new RegExp(`^(?:cto|chief technology officer|chief technical officer|${LEADS} (?:[a-z]+ )?engineering|engineering ${LEADS})$`)],
  ['marketing', new RegExp(`^(?:cmo|chief marketing officer|${LEADS} (?:[a-z]+ )?marketing|marketing ${LEADS})$`)],
  ['design', new RegExp(`^(?:chief design officer|${LEADS} (?:[a-z]+ )?design|design ${LEADS})$`)],
  ['ceo', /^(?:ceo|chief executive officer|founder ceo|co founder ceo)$/],
];

/** What a peer's role means, or undefined for a role the rules do not look for. */
export function peerKind(role: unknown): PeerKind | undefined {
  if (typeof role !== 'string') return undefined;
  const title = normalise(role);
  return TABLE.find(([, pattern]) => pattern.test(title))?.[0];
}
