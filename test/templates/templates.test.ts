import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/core';
import { reportInput } from '../../server/src/core/report/input';
import { specTemplate } from '../../server/src/core/templates/specTemplate';
import type { SpecKind } from '../../server/src/core/types';

const ACME = path.resolve(__dirname, '../../../examples/acme');
const TODAY = '2026-11-25';

function workspaceWith(folder?: string): Workspace {
  const workspace = new Workspace({ today: TODAY });
  if (folder) {
    for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.yaml'))) {
      const file = path.join(folder, name);
      workspace.update({ uri: `file://${file}`, fileName: file, text: fs.readFileSync(file, 'utf8') });
    }
  }
  return workspace;
}

/** Adds the templates of the given kinds one after the other; returns every error and schema finding they get. */
function create(workspace: Workspace, kinds: SpecKind[]): string[] {
  const uris = kinds.map((kind) => {
    const template = specTemplate(kind, workspace.index, TODAY);
    const file = path.join('/new-specs', template.fileName);
    workspace.update({ uri: `file://${file}`, fileName: file, text: template.text });
    return `file://${file}`;
  });
  return uris.flatMap((uri) =>
    workspace
      .findings(uri)
      .filter((finding) => finding.severity === 'error' || finding.code.startsWith('schema/') || finding.code.startsWith('yaml/'))
      .map((finding) => `${path.basename(uri)} ${finding.code}: ${finding.message}`),
  );
}

describe('spec templates', () => {
  for (const kind of ['Vision', 'Roadmap', 'TeamCharter'] as const) {
    it(`a new ${kind} alone checks with no errors and no schema findings`, () => assert.deepEqual(create(workspaceWith(), [kind]), []));
  }

  it('the three together check with no errors, whatever the order', () => {
    assert.deepEqual(create(workspaceWith(), ['TeamCharter', 'Vision', 'Roadmap']), []);
    assert.deepEqual(create(workspaceWith(), ['Roadmap', 'Vision', 'TeamCharter']), []);
  });

  it('next to an existing workspace, they reuse its people and vision and avoid its ids', () => {
    const workspace = workspaceWith(ACME);
    assert.deepEqual(create(workspace, ['Vision', 'Roadmap', 'TeamCharter']), []);
    const roadmap = specTemplate('Roadmap', workspace.index, TODAY).text;
    assert.match(roadmap, /^ {2}vision: acme-vision$/m);
    assert.match(roadmap, /^ {2}owner: dana$/m);
    assert.match(roadmap, /^ {6}visionGoal: grow-active-merchants$/m);
    assert.match(roadmap, /^ {6}needs: \[same-day-cash\]$/m);
    assert.match(specTemplate('Vision', workspace.index, TODAY).text, /^ {2}id: product-vision-2$/m);
  });

  it('names the files after their kind and dates them today', () => {
    const workspace = workspaceWith();
    assert.deepEqual(
      (['Vision', 'Roadmap', 'TeamCharter'] as const).map((kind) => specTemplate(kind, workspace.index, TODAY).fileName),
      ['product.vision.yaml', 'product.roadmap.yaml', 'team.charter.yaml'],
    );
    assert.match(specTemplate('Roadmap', workspace.index, TODAY).text, /^ {6}period: 2026-Q4$/m);
    assert.match(specTemplate('TeamCharter', workspace.index, TODAY).text, /^ {2}lastReviewed: 2026-11-25$/m);
  });

  it('are dated the configured today, from the configuration of a workspace that has no spec file yet, or from --today', () => {
    const configured = new Workspace({ today: TODAY });
    configured.update({ uri: 'file:///w/.productspecs.yaml', fileName: '/w/.productspecs.yaml', text: 'today: 2025-02-03\n' });
    const today = reportInput(configured).today;
    assert.deepEqual(
      (['Vision', 'Roadmap', 'TeamCharter'] as const).map((kind) => specTemplate(kind, configured.index, today).text.match(/^ {2}lastReviewed: (.*)$/m)?.[1]),
      ['2025-02-03', '2025-02-03', '2025-02-03'],
    );
    assert.match(specTemplate('Roadmap', configured.index, today).text, /^ {6}period: 2025-Q1$/m);
    const empty = new Workspace({ today: '2024-07-08' });
    assert.match(specTemplate('Vision', empty.index, reportInput(empty).today).text, /^ {2}lastReviewed: 2024-07-08$/m);
  });
});
