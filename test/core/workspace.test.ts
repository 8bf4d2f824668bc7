import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/core';

const ACME = path.resolve(__dirname, '../../../examples/acme');
const FILES = ['acme.vision.yaml', 'acme.roadmap.yaml', 'team.charter.yaml'];

function load(workspace: Workspace): string[] {
  return FILES.map((name) => {
    const uri = `file://${path.join(ACME, name)}`;
    workspace.update({ uri, fileName: path.join(ACME, name), text: fs.readFileSync(path.join(ACME, name), 'utf8') });
    return uri;
  });
}

describe('workspace', () => {
  it('gives the same findings after a document’s node tree was freed and rebuilt', () => {
    const workspace = new Workspace({ today: '2026-11-25' });
    const uris = load(workspace);
    const before = uris.map((uri) => workspace.findings(uri));
    uris.forEach((uri) => workspace.releaseTree(uri));
    // A configuration change makes every file be checked again, from the rebuilt trees.
    workspace.update({ uri: `file://${path.join(ACME, '.productspecs.yaml')}`, fileName: path.join(ACME, '.productspecs.yaml'), text: 'today: 2026-11-25\n' });
    assert.deepEqual(uris.map((uri) => workspace.findings(uri)), before);
  });

  it('checks only the edited file again when other files cannot see the change', () => {
    const workspace = new Workspace({ today: '2026-11-25' });
    const [, roadmap, charter] = load(workspace);
    const text = fs.readFileSync(path.join(ACME, 'acme.roadmap.yaml'), 'utf8');
    assert.deepEqual(workspace.update({ uri: roadmap, fileName: path.join(ACME, 'acme.roadmap.yaml'), text: text.replace('title: Instant payouts', 'title: Instant payouts now') }), [roadmap]);
    const charterText = fs.readFileSync(path.join(ACME, 'team.charter.yaml'), 'utf8');
    const affected = workspace.update({ uri: charter, fileName: path.join(ACME, 'team.charter.yaml'), text: charterText.replace('    - id: sam\n', '    - id: samuel\n') });
    assert.equal(affected.length, 3, 'renaming a member can change every file');
  });
});
