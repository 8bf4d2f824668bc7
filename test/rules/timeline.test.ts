import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace } from '../../server/src/core';
import { hover } from '../../server/src/core/language/hover';
import { lintFile } from '../helpers/engine';
import { cashFlowRoadmapSpec, ROADMAP, roadmapMetadata, specFile } from '../helpers/ruleFixtures';

/** A timeline roadmap whose items are the given lines (from line 13 on). */
function timeline(items: string): string {
  return specFile('Roadmap', roadmapMetadata(''), `${cashFlowRoadmapSpec('same-day-cash').replace('format: now-next-later', 'format: timeline')}  items:\n${items}`);
}

/** An item without an outcome, in a timeframe and a stage, with more lines. */
const item = (id: string, timeframe: string, stage: string, lines = ''): string =>
  `    - id: ${id}\n      title: ${id}\n      timeframe: ${timeframe}\n      theme: cash-flow\n      owner: sam\n      stage: ${stage}\n${lines}`;

const messages = (text: string, code: string, today: string): string[] => lintFile(ROADMAP, text, { code, today }).map((finding) => finding.message);

describe('timeline roadmaps: every now/next/later hint reads the horizon derived from the timeframe and today', () => {
  it('execution/now-without-outcome: the quarter, half or year holding today is now, on its last and first day', () => {
    const code = 'execution/now-without-outcome';
    const text = timeline(item('q4', '2026-Q4', 'delivery') + item('q1', '2027-Q1', 'delivery') + item('h2', '2026-H2', 'delivery') + item('y2027', '2027', 'delivery'));
    const now = (id: string) =>
      `Now item "${id}" has no outcome: add an outcome with the metric that should move and the target that means success, so the team knows what it is working towards.`;
    assert.deepEqual(messages(text, code, '2026-12-31'), [now('q4'), now('h2')]);
    assert.deepEqual(messages(text, code, '2027-01-01'), [now('q4'), now('q1'), now('h2'), now('y2027')]);
    assert.deepEqual(messages(text, code, '2026-09-30'), [now('h2')]);
  });

  it('a timeframe that ended is still now while the item is not released, and on no horizon once it is', () => {
    const code = 'execution/now-without-outcome';
    const text = timeline(item('late', '2026-Q2', 'delivery') + item('shipped', '2026-Q2', 'released'));
    assert.deepEqual(messages(text, code, '2026-11-25'), [
      'Now item "late" has no outcome: add an outcome with the metric that should move and the target that means success, so the team knows what it is working towards.',
    ]);
  });

  it("execution/far-date-commitment: the next period of the timeframe's size is next, anything after is later", () => {
    const code = 'execution/far-date-commitment';
    const dated = '      date:\n        value: 2027-05-01\n        type: estimate\n';
    const text = timeline(
      item('next-quarter', '2027-Q1', 'discovery', dated) +
        item('next-half', '2027-H1', 'discovery', dated) +
        item('next-year', '2027', 'discovery', dated) +
        item('this-quarter', '2026-Q4', 'discovery', dated),
    );
    const hint = (id: string, where: string) =>
      `Item "${id}" is in ${where} with a date (2027-05-01) that is not a hard commitment: consider removing it, since estimates this far out read as promises, or mark it hard if it is a real external deadline.`;
    assert.deepEqual(messages(text, code, '2026-12-31'), [hint('next-quarter', 'next (2027-Q1)'), hint('next-half', 'next (2027-H1)'), hint('next-year', 'next (2027)')]);
    // On 2026-09-30, 2027-Q1 is two quarters away and 2027-H1 the next half.
    assert.deepEqual(messages(text, code, '2026-09-30'), [
      hint('next-quarter', 'later (2027-Q1)'),
      hint('next-half', 'next (2027-H1)'),
      hint('next-year', 'next (2027)'),
      hint('this-quarter', 'next (2026-Q4)'),
    ]);
  });

  it('execution/team-overload, culture/untested-assumptions and culture/low-confidence-now count timeline items that are now', () => {
    const team = '      team: payouts\n';
    const four = timeline([1, 2, 3, 4].map((n) => item(`now-${n}`, '2026-Q4', 'opportunity', team)).join('') + item('later-5', '2027-Q3', 'opportunity', team));
    assert.deepEqual(messages(four, 'execution/team-overload', '2026-11-25'), [
      'Item "now-4" is the 4th of 4 now items for product team "payouts": consider at most 3 per team, finishing one before starting the next.',
    ]);
    assert.equal(messages(four, 'culture/untested-assumptions', '2026-11-25').length, 4);
    assert.deepEqual(messages(four, 'culture/untested-assumptions', '2027-07-01').slice(-1), [
      'Now item "later-5" is an opportunity with no assumption test: consider testing its riskiest assumption (value, usability, feasibility or viability) before building it.',
    ]);
    const low = timeline(item('risky', '2026-Q4', 'delivery', '      confidence: low\n'));
    assert.deepEqual(messages(low, 'culture/low-confidence-now', '2026-11-25'), [
      'Now item "risky" is in delivery with low confidence: consider going back to discovery to test its riskiest assumptions before building more.',
    ]);
    assert.deepEqual(messages(low, 'culture/low-confidence-now', '2026-09-30'), []);
  });

  it('accepts halves and years in the schema, and only those', () => {
    const text = timeline(item('half', '2027-H2', 'discovery') + item('year', '2028', 'discovery') + item('month', '2027-05', 'discovery'));
    assert.deepEqual(
      lintFile(ROADMAP, text, { code: 'schema/pattern' }).map((finding) => `${finding.range} ${finding.message}`),
      ['28:18-28:25 "2027-05" does not have the expected form for "timeframe": write it like "2027-Q1".'],
    );
  });

  it('the command line places the items by --today, on both sides of a quarter boundary', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-timeline-'));
    try {
      fs.writeFileSync(path.join(folder, 'acme.roadmap.yaml'), timeline(item('launch', '2027-Q1', 'delivery')));
      const run = (today: string) =>
        spawnSync(process.execPath, [path.resolve(__dirname, '../../../bin/product-specs.js'), 'check', '--today', today, '--format', 'json'], { cwd: folder, encoding: 'utf8' });
      const codes = (today: string) =>
        (JSON.parse(run(today).stdout) as { files: Array<{ findings: Array<{ code: string; line: number }> }> }).files[0].findings.map((f) => `${f.line} ${f.code}`);
      assert.deepEqual(codes('2026-12-31'), []);
      assert.deepEqual(codes('2027-01-01'), ['14 execution/now-without-outcome']);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('the hover of a timeline item shows its timeframe with the horizon it makes the item today', () => {
    const workspace = new Workspace({ today: '2026-12-31' });
    const uri = 'file:///w/acme.roadmap.yaml';
    const text = timeline(item('launch', '2027-Q1', 'delivery') + item('ledger', '2026-Q4', 'delivery', '      dependsOn: [launch]\n'));
    workspace.update({ uri, fileName: '/w/acme.roadmap.yaml', text });
    const doc = workspace.document(uri)!;
    const markdown = (today: string) => hover(doc, text.indexOf('[launch]') + 2, workspace.index, today)!.markdown;
    assert.equal(
      markdown('2026-12-31'),
      '`launch` · Roadmap item\n\nTimeframe: 2027-Q1 (next)  \nStage: delivery  \nOwner: `sam`  \nTheme: Cash flow (`cash-flow`)\n\n_Roadmap item `launch` in acme.roadmap.yaml_',
    );
    assert.match(markdown('2027-01-01'), /Timeframe: 2027-Q1 \(now\)/);
  });
});
