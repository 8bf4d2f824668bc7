import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/core';
import { seededRandom } from '../helpers/yamlShape';

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
    assert.deepEqual(
      uris.map((uri) => workspace.findings(uri)),
      before,
    );
  });

  it('checks only the edited file again when other files cannot see the change', () => {
    const workspace = new Workspace({ today: '2026-11-25' });
    const [, roadmap, charter] = load(workspace);
    const text = fs.readFileSync(path.join(ACME, 'acme.roadmap.yaml'), 'utf8');
    assert.deepEqual(
      workspace.update({ uri: roadmap, fileName: path.join(ACME, 'acme.roadmap.yaml'), text: text.replace('title: Instant payouts', 'title: Instant payouts now') }),
      [roadmap],
    );
    const charterText = fs.readFileSync(path.join(ACME, 'team.charter.yaml'), 'utf8');
    const affected = workspace.update({ uri: charter, fileName: path.join(ACME, 'team.charter.yaml'), text: charterText.replace('    - id: sam\n', '    - id: samuel\n') });
    assert.equal(affected.length, 3, 'renaming a member can change every file');
  });
});

describe('workspace index after incremental edits', () => {
  it('holds exactly what a fresh index holds after each of 500 random typing edits', () => {
    const random = seededRandom(3);
    const workspace = new Workspace({ today: '2026-11-25' });
    const uris = load(workspace);
    const names = ['acme.roadmap.yaml', 'team.charter.yaml', 'acme.vision.yaml'];
    const texts = names.map((name) => fs.readFileSync(path.join(ACME, name), 'utf8'));
    for (let i = 0; i < 500; i++) {
      const which = i % 3;
      const text = texts[which];
      const at = Math.floor(random() * text.length);
      const next = random() < 0.6 ? text.slice(0, at) + 'abcdefgh-'[Math.floor(random() * 9)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      const uri = uris[[1, 2, 0][which]];
      workspace.update({ uri, fileName: path.join(ACME, names[which]), text: next });
      if (workspace.document(uri)?.parsed.fast) texts[which] = next;
      else workspace.update({ uri, fileName: path.join(ACME, names[which]), text });
      const fresh = new Workspace({ today: '2026-11-25' });
      uris.forEach((other) => fresh.update({ uri: other, fileName: workspace.document(other)!.fileName, text: workspace.document(other)!.parsed.text }));
      for (const other of uris) {
        assert.deepEqual(workspace.index.symbolsOf(other), fresh.index.symbolsOf(other));
        assert.deepEqual(workspace.findings(other), fresh.findings(other));
      }
    }
  });
});
