import { shippedFileUri } from './platform/fileNames';

let docsFolder: string | null | undefined;

/** The link to a rule's documentation page shipped with the engine, or undefined when it is not shipped. */
export function ruleDocsUri(ruleId: string): string | undefined {
  if (!/^[a-z-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined;
  if (docsFolder === undefined) docsFolder = shippedFileUri('docs/rules') ?? null;
  return docsFolder ? `${docsFolder}/${ruleId}.md` : undefined;
}
