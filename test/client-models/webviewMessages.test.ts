import * as assert from 'node:assert/strict';
import { parseWebviewMessage } from '../../client/src/report/webviewMessages';
import type { Report } from '../../server/src/core/report/types';

const report = {
  today: '2026-11-25',
  files: [{ uri: 'file:///w/team.charter.yaml', kind: 'TeamCharter' }],
  totals: { errors: 0, warnings: 0, infos: 0 },
  areas: [
    {
      area: 'culture',
      name: 'Culture',
      score: 100,
      counts: { errors: 0, warnings: 0, infos: 0 },
      passed: 1,
      failed: 0,
      skipped: 0,
      rules: [
        { id: 'culture/no-celebration', description: '', defaultSeverity: 'info', status: 'passed', rationale: '', docs: 'docs/rules/culture/no-celebration.md', findings: [] },
      ],
      topFindings: [],
    },
  ],
  other: { counts: { errors: 0, warnings: 0, infos: 0 }, findings: [] },
  orgChart: [],
} as Report;

describe('messages from the report page', () => {
  it('opens a location in a file of the report', () => {
    assert.deepEqual(parseWebviewMessage({ command: 'open', uri: 'file:///w/team.charter.yaml', line: 12, character: 6 }, report), {
      kind: 'open',
      uri: 'file:///w/team.charter.yaml',
      line: 12,
      character: 6,
    });
  });

  it('opens the page of a rule of the catalogue', () => {
    assert.deepEqual(parseWebviewMessage({ command: 'docs', rule: 'culture/no-celebration' }, report), { kind: 'docs', ruleId: 'culture/no-celebration' });
  });

  it('ignores anything else: other files, other schemes, odd positions, unknown rules and commands', () => {
    const refused = [
      { command: 'open', uri: 'file:///etc/passwd', line: 0, character: 0 },
      { command: 'open', uri: 'command:workbench.action.terminal.new', line: 0, character: 0 },
      { command: 'open', uri: 'file:///w/team.charter.yaml', line: -1, character: 0 },
      { command: 'open', uri: 'file:///w/team.charter.yaml', line: 1.5, character: 0 },
      { command: 'open', uri: 'file:///w/team.charter.yaml', line: '3', character: 0 },
      { command: 'docs', rule: '../../package' },
      { command: 'run', uri: 'file:///w/team.charter.yaml' },
      'open',
      null,
    ];
    for (const message of refused) assert.equal(parseWebviewMessage(message, report), undefined, JSON.stringify(message));
    assert.equal(parseWebviewMessage({ command: 'docs', rule: 'culture/no-celebration' }, undefined), undefined);
  });
});
