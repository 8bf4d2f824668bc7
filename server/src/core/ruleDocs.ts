import * as path from 'node:path';
import { findUp, pathToUri } from './paths';
import { RULE_DOCS_FOLDER, ruleDocsPath } from './ruleDocsPath';

let docsRoot: string | null | undefined;

/** The link to a rule's documentation page shipped with the engine, or undefined when it is not shipped. */
export function ruleDocsUri(ruleId: string): string | undefined {
  if (!/^[a-z-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined;
  if (docsRoot === undefined) docsRoot = findUp(RULE_DOCS_FOLDER, __dirname) ?? null;
  return docsRoot ? pathToUri(path.join(docsRoot, ruleDocsPath(ruleId))) : undefined;
}
