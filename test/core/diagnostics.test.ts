import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core';
import { lintFile, roadmapText } from '../helpers/engine';

// Exact YAML and schema diagnostics: range (1-based line:col), severity, code and message.

const item = `    - id: instant-payouts
      title: Instant payouts
      horizon: now
      owner: dana
      stage: discovery
`;

const vision = (years: string): string => `apiVersion: productspecs/v1
kind: Vision
metadata:
  id: v
spec:
  statement: Help merchants get paid.
  horizon:
    years: ${years}
  ownership: product-team
  targetGroups: [{id: merchants, name: Merchants, primary: true}]
  needs: [{id: get-paid-fast, targetGroup: merchants, statement: I need my money fast.}]
  goals: [{id: grow, statement: Grow, metric: GMV, target: 10}]
`;

/** Only the YAML, kind and schema findings: the hints have tests of their own. */
const structural = (name: string, text: string) => lintFile(name, text).filter((finding) => /^(yaml|schema|spec)\//.test(finding.code));

describe('YAML and schema diagnostics', () => {
  it('reports a duplicate key, at the second key', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item.replace('      stage: discovery\n', '      stage: discovery\n      stage: delivery\n'))), [
      {
        range: '18:7-18:12',
        severity: 'error',
        code: 'yaml/duplicate-key',
        message: 'Duplicate key "stage": a key may appear only once in a mapping. Remove or rename one of them.',
      },
    ]);
  });

  it('reports a tab used as indentation, at the tab', () => {
    assert.deepEqual(structural('a.roadmap.yaml', 'apiVersion: productspecs/v1\nkind: Roadmap\nmetadata:\n\tid: x\n'), [
      {
        range: '4:1-4:2',
        severity: 'error',
        code: 'yaml/tab-as-indent',
        message: 'Tabs are not allowed as indentation in YAML. Indent with spaces.',
      },
    ]);
  });

  it('reports mapping items at different columns, at the misplaced key', () => {
    assert.deepEqual(structural('a.roadmap.yaml', 'apiVersion: productspecs/v1\nkind: Roadmap\nmetadata:\n    id: x\n  product: y\n'), [
      {
        range: '5:3-5:10',
        severity: 'error',
        code: 'yaml/bad-indent',
        message: 'Bad indentation: all mapping items must start at the same column.',
      },
    ]);
  });

  it('reports an unclosed flow mapping, at its line', () => {
    assert.deepEqual(structural('a.roadmap.yaml', 'apiVersion: productspecs/v1\nkind: Roadmap\nmetadata: {id: x\n'), [
      {
        range: '3:1-3:17',
        severity: 'error',
        code: 'yaml/bad-indent',
        message: 'Bad indentation: flow map in block collection must be sufficiently indented and end with a }.',
      },
    ]);
  });

  it('reports an unclosed quote', () => {
    assert.deepEqual(structural('a.roadmap.yaml', 'apiVersion: productspecs/v1\nkind: "Roadmap\nmetadata:\n  id: x\n'), [
      {
        range: '4:3-4:8',
        severity: 'error',
        code: 'yaml/missing-char',
        message: 'Missing closing quote: a quoted value must end with the quote it starts with.',
      },
    ]);
  });

  it('reports a second YAML document in one file', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item) + '---\nkind: Vision\n'), [
      {
        range: '18:1-18:4',
        severity: 'error',
        code: 'yaml/multiple-documents',
        message: 'A spec file holds one YAML document. Move this document into a file of its own.',
      },
    ]);
  });

  it('reports an empty file', () => {
    assert.deepEqual(structural('a.roadmap.yaml', ''), [
      {
        range: '1:1-1:1',
        severity: 'error',
        code: 'spec/empty',
        message: 'This spec file is empty. Start it with "apiVersion: productspecs/v1" and "kind: Roadmap".',
      },
    ]);
  });

  it('reports a file whose top is a list', () => {
    assert.deepEqual(structural('a.roadmap.yaml', '- a\n- b\n'), [
      {
        range: '1:1-1:4',
        severity: 'error',
        code: 'spec/not-a-mapping',
        message: 'A spec file is a YAML mapping with the keys apiVersion, kind, metadata and spec.',
      },
    ]);
  });

  it('reports a missing top-level property, at the top of the file', () => {
    assert.deepEqual(structural('a.roadmap.yaml', 'apiVersion: productspecs/v1\nkind: Roadmap\nmetadata:\n  id: x\n'), [
      {
        range: '1:1-1:28',
        severity: 'error',
        code: 'schema/required',
        message: 'Missing required property "spec" at the top of the file.',
      },
    ]);
  });

  it('reports a missing required property, at the entry', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item.replace('      owner: dana\n', ''))), [
      {
        range: '13:7-13:26',
        severity: 'error',
        code: 'schema/required',
        message: 'Missing required property "owner" in spec.items[0] ("instant-payouts").',
      },
    ]);
  });

  it('reports a misspelt required key once: the unknown property with its did-you-mean, not also the missing one', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item.replace('      title:', '      titel:'))), [
      {
        range: '14:7-14:12',
        severity: 'error',
        code: 'schema/unknown-property',
        message: 'Unknown property "titel" in spec.items[0] ("instant-payouts"). Did you mean "title"?',
      },
    ]);
  });

  it('cuts quoted user text to about 60 characters, line breaks shown as spaces', () => {
    const runaway = `instant ${'payouts '.repeat(60)}`.trim();
    const found = structural('a.roadmap.yaml', roadmapText(item.replace('    - id: instant-payouts\n', `    - id: ${runaway}\n`).replace('      title: Instant payouts\n', '')));
    assert.deepEqual(
      found.map((finding) => finding.message),
      [
        `Missing required property "title" in spec.items[0] ("${runaway.slice(0, 59)}…").`,
        `"${runaway.slice(0, 59)}…" is not a valid id for "id": use kebab-case (lowercase letters and digits joined by single hyphens), for example "acme-pay".`,
      ],
    );
    const multiline = structural('a.roadmap.yaml', roadmapText(item.replace('stage: discovery', 'stage: "dis\\ncovery"')));
    assert.deepEqual(
      multiline.map((finding) => finding.message),
      ['"dis covery" is not a valid value for "stage". Use one of: opportunity, discovery, validated, delivery, released. Did you mean "discovery"?'],
    );
  });

  it('reports an unknown property with nothing close', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item + '      colour: blue\n')), [
      {
        range: '18:7-18:13',
        severity: 'error',
        code: 'schema/unknown-property',
        message: 'Unknown property "colour" in spec.items[0] ("instant-payouts").',
      },
    ]);
  });

  it('reports a wrong type, at the value', () => {
    assert.deepEqual(structural('v.vision.yaml', vision('five')), [
      {
        range: '8:12-8:16',
        severity: 'error',
        code: 'schema/type',
        message: '"years" should be a whole number, not text.',
      },
    ]);
  });

  it('reports a value outside an enum, listing the allowed values', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item.replace('stage: discovery', 'stage: done'))), [
      {
        range: '17:14-17:18',
        severity: 'error',
        code: 'schema/enum',
        message: '"done" is not a valid value for "stage". Use one of: opportunity, discovery, validated, delivery, released.',
      },
    ]);
  });

  it('reports a misspelt enum value, with did-you-mean', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item.replace('stage: discovery', 'stage: discvery'))), [
      {
        range: '17:14-17:22',
        severity: 'error',
        code: 'schema/enum',
        message: '"discvery" is not a valid value for "stage". Use one of: opportunity, discovery, validated, delivery, released. Did you mean "discovery"?',
      },
    ]);
  });

  it('reports horizon or timeframe missing: one error naming both, never "matches a schema"', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item.replace('      horizon: now\n', ''))), [
      {
        range: '13:7-13:26',
        severity: 'error',
        code: 'schema/required',
        message: 'spec.items[0] ("instant-payouts") needs "horizon" or "timeframe".',
      },
    ]);
  });

  it('reports an impossible date', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item).replace('  id: acme-roadmap\n', '  id: acme-roadmap\n  lastReviewed: 2026-13-01\n')), [
      {
        range: '5:17-5:27',
        severity: 'error',
        code: 'schema/format',
        message: '"2026-13-01" is not a valid date for "lastReviewed". Write it as YYYY-MM-DD, for example 2026-10-01.',
      },
    ]);
  });

  it('reports an id that is not kebab-case', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item.replace('id: instant-payouts', 'id: Instant Payouts'))), [
      {
        range: '13:11-13:26',
        severity: 'error',
        code: 'schema/pattern',
        message: '"Instant Payouts" is not a valid id for "id": use kebab-case (lowercase letters and digits joined by single hyphens), for example "acme-pay".',
      },
    ]);
  });

  it('reports a number above its maximum', () => {
    assert.deepEqual(structural('v.vision.yaml', vision('20')), [
      {
        range: '8:12-8:14',
        severity: 'error',
        code: 'schema/maximum',
        message: '"years" must be at most 15, not 20.',
      },
    ]);
  });

  it('reports an empty list that needs an entry', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item).replace(/ {2}themes:\n( {4}.*\n| {6}.*\n)*/, '  themes: []\n')), [
      {
        range: '7:11-7:13',
        severity: 'error',
        code: 'schema/min-items',
        message: '"themes" needs at least 1 entry.',
      },
    ]);
  });

  it('reports an unknown kind, at kind, with did-you-mean', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item).replace('kind: Roadmap', 'kind: Roadmpa')), [
      {
        range: '2:7-2:14',
        severity: 'error',
        code: 'spec/unknown-kind',
        message: 'Unknown kind "Roadmpa". Did you mean "Roadmap"? Use one of Vision, Roadmap, TeamCharter.',
      },
    ]);
  });

  it('reports a missing kind: the file name decides the schema, the missing kind is reported', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item).replace('kind: Roadmap\n', '')), [
      {
        range: '1:1-1:28',
        severity: 'error',
        code: 'schema/required',
        message: 'Missing required property "kind" at the top of the file.',
      },
    ]);
  });

  it('reports no kind and a file name that says nothing', () => {
    assert.deepEqual(structural('notes.yaml', 'apiVersion: productspecs/v1\nmetadata:\n  id: x\n'), [
      {
        range: '1:1-1:28',
        severity: 'error',
        code: 'spec/unknown-kind',
        message: 'This file does not say which kind of spec it is. Add "kind:" with one of Vision, Roadmap, TeamCharter.',
      },
    ]);
  });

  it('reports a wrong apiVersion', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item).replace('productspecs/v1', 'productspecs/v2')), [
      {
        range: '1:13-1:28',
        severity: 'error',
        code: 'schema/const',
        message: '"apiVersion" must be "productspecs/v1".',
      },
    ]);
  });

  it('reports a timeframe in the wrong form', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item.replace('horizon: now', 'timeframe: Q3-2026'))), [
      {
        range: '15:18-15:25',
        severity: 'error',
        code: 'schema/pattern',
        message: '"Q3-2026" does not have the expected form for "timeframe": write it like "2027-Q1".',
      },
    ]);
  });

  it('reports an empty value where text is needed', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item.replace('owner: dana', 'owner:'))), [
      {
        range: '16:7-16:12',
        severity: 'error',
        code: 'schema/type',
        message: '"owner" should be text, not empty.',
      },
    ]);
  });

  it('reports text where a list is needed', () => {
    assert.deepEqual(structural('a.roadmap.yaml', roadmapText(item).replace('needs: [get-paid-fast]', 'needs: get-paid-fast')), [
      {
        range: '11:14-11:27',
        severity: 'error',
        code: 'schema/type',
        message: '"needs" should be a list, not text.',
      },
    ]);
  });
});

describe('files that are not checked', () => {
  it('gives a file over the size limit one diagnostic instead of a check', () => {
    const doc = analyzeDocument({ uri: 'file:///big.roadmap.yaml', fileName: '/big.roadmap.yaml', text: `# ${'x'.repeat(3 * 1024 * 1024)}\n`, maxFileSize: 2 * 1024 * 1024 });
    assert.deepEqual(doc.findings, [
      {
        code: 'spec/too-large',
        severity: 'warning',
        message: 'This file is too large to check (3.0 MB; the limit is 2.0 MB). Split it, or raise the limit.',
        range: { start: 0, end: 0 },
      },
    ]);
  });

  it('skips a binary file with a message', () => {
    assert.deepEqual(structural('logo.roadmap.yaml', 'PNG\u0000\u0001\u0002'), [
      { range: '1:1-1:1', severity: 'info', code: 'spec/binary', message: 'This file looks binary (it contains NUL bytes) and was not checked.' },
    ]);
  });
});

describe('pathological YAML', function () {
  this.timeout(20_000);
  const header = 'apiVersion: productspecs/v1\nkind: Vision\nmetadata:\n  id: v\nspec:\n';

  it('reports a list or mapping used as a key instead of stringifying it', () => {
    assert.deepEqual(structural('v.vision.yaml', `${header}  ? [a, b]\n  : x\n`), [
      { range: '6:5-6:11', severity: 'error', code: 'yaml/complex-key', message: 'A key must be a plain word or quoted text, not a list or a mapping.' },
    ]);
  });

  it('checks 10,000 nested complex keys quickly', () => {
    const started = Date.now();
    const findings = structural('v.vision.yaml', `${header}  ${'? '.repeat(10_000)}x\n`);
    assert.ok(findings.length > 0 && findings.every((finding) => finding.code.startsWith('yaml/')));
    assert.ok(Date.now() - started < 10_000, 'well within the fuzz budget even on a loaded machine');
  });

  it('checks 10,000 nested flow lists without exhausting the stack', () => {
    const findings = structural('v.vision.yaml', `${header}  principles: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    assert.ok(findings.length > 0);
  });
});
