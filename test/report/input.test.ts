import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core';
import { buildReport } from '../../server/src/core/report/report';
import { reportInput } from '../../server/src/core/report/input';

const CHARTER = `apiVersion: productspecs/v1
kind: TeamCharter
metadata:
  id: t
spec:
  purpose: p
  mission: m
  headOfProduct: dana
  members:
    - id: dana
      name: Dana
      role: head-of-product
`;

function workspace(config?: string): Workspace {
  const ws = new Workspace({ today: '2026-11-25' });
  if (config) ws.update({ uri: 'file:///w/.productspecs.yaml', fileName: '/w/.productspecs.yaml', text: config });
  ws.update({ uri: 'file:///w/b.charter.yaml', fileName: '/w/b.charter.yaml', text: CHARTER });
  ws.update({ uri: 'file:///w/a.charter.yaml', fileName: '/w/a.charter.yaml', text: CHARTER.replace('id: t', 'id: u') });
  return ws;
}

describe('report input from a workspace', () => {
  it('lists documents in uri order with the configuration, and reads the findings through the workspace', () => {
    const ws = workspace('rules: {}\n');
    const input = reportInput(ws);
    assert.deepEqual(
      input.documents.map((doc) => doc.uri),
      ['file:///w/.productspecs.yaml', 'file:///w/a.charter.yaml', 'file:///w/b.charter.yaml'],
    );
    assert.deepEqual(input.findings('file:///w/a.charter.yaml'), ws.findings('file:///w/a.charter.yaml'));
    assert.equal(input.today, '2026-11-25');
  });

  it('marks a rule the configuration turns off as off, not passed, and takes today from the configuration', () => {
    const input = reportInput(workspace('today: 2026-01-15\nrules:\n  culture/no-celebration: off\n'));
    assert.equal(input.isOff('culture/no-celebration'), true);
    assert.equal(input.isOff('culture/no-learning-ritual'), false);
    assert.equal(input.today, '2026-01-15');
    const culture = buildReport(input).areas.find((area) => area.area === 'culture')!;
    assert.equal(culture.rules.find((rule) => rule.id === 'culture/no-celebration')!.status, 'off');
    assert.equal(culture.rules.find((rule) => rule.id === 'culture/no-learning-ritual')!.status, 'failed');
  });

  it('turns no rule off in an empty workspace', () => {
    assert.equal(reportInput(new Workspace()).isOff('culture/no-celebration'), false);
  });
});
