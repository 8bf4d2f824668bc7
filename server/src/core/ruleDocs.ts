import * as path from 'node:path';
import { findUp, pathToUri } from './paths';

let docsRoot: string | null | undefined;

/** The link to a rule's documentation page shipped with the engine, or undefined when it is not shipped. */
export function ruleDocsUri(ruleId: string): string | undefined {
  if (!/^[a-z-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined;
  if (docsRoot === undefined) docsRoot = findUp(path.join('docs', 'rules'), __dirname) ?? null;
  return docsRoot ? pathToUri(path.join(docsRoot, 'docs', 'rules', `${ruleId}.md`)) : undefined;
}
