import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/core';
import { pathToUri } from '../../server/src/core/paths';

export const FIXTURES = path.resolve(__dirname, '../../../test/boards/fixtures');
export const ACME = path.resolve(__dirname, '../../../examples/acme');

/** A workspace of every spec file in a folder, as the command line reads it, with a fixed today. */
export function workspaceOf(folder: string, today = '2026-11-25', edit: (name: string, text: string) => string = (_name, text) => text): Workspace {
  const workspace = new Workspace({ today });
  for (const name of fs.readdirSync(folder).sort()) {
    if (!name.endsWith('.yaml')) continue;
    const fileName = path.join(folder, name);
    workspace.update({ uri: pathToUri(fileName), fileName, text: edit(name, fs.readFileSync(fileName, 'utf8')) });
  }
  return workspace;
}
