import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core';
import { ruleDocsUri } from '../../server/src/core/ruleDocs';
import { exampleFindings, generatedDocs, README_END, README_START, rulePage, withReadmeRules, yamlValue } from '../../server/src/tools/ruleDocs';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? markdownFiles(full) : entry.name.endsWith('.md') ? [full] : [];
  });
}

describe('rule documentation', () => {
  it('is up to date with the rules (pages, index and the README table); run `npm run docs` after changing a rule', () => {
    const files = generatedDocs(read('README.md'));
    const stale = files.filter((file) => !fs.existsSync(path.join(ROOT, file.path)) || read(file.path) !== file.text).map((file) => file.path);
    const wanted = new Set(files.map((file) => path.join(ROOT, file.path)));
    const extra = markdownFiles(path.join(ROOT, 'docs', 'rules'))
      .filter((file) => !wanted.has(file))
      .map((file) => path.relative(ROOT, file).split(path.sep).join('/'));
    assert.deepEqual(
      { stale, extra },
      { stale: [], extra: [] },
      `The generated docs differ from the rules: run \`npm run docs\` and commit the result.\n  out of date: ${stale.join(', ') || 'none'}\n  pages of no rule: ${extra.join(', ') || 'none'}`,
    );
  });

  it('has one page per rule at docs/rules/<area>/<name>.md, where the diagnostics link', () => {
    const files = generatedDocs(read('README.md')).map((file) => file.path);
    assert.equal(files.length, RULES.length + 2);
    for (const rule of RULES) {
      const [area, name] = rule.meta.id.split('/');
      assert.equal(rule.meta.area, area);
      assert.ok(files.includes(`docs/rules/${area}/${name}.md`), rule.meta.id);
      assert.equal(ruleDocsUri(rule.meta.id), `https://github.com/product-specs/product-specs/blob/main/docs/rules/${area}/${name}.md`);
    }
  });

  it('renders every page in the same shape', () => {
    const headings = ['# ', '## What it checks', '## Why', '## Options', '## Example that fires', '## Example that does not fire', '## How to configure / suppress'];
    for (const rule of RULES) {
      const page = rulePage(rule);
      const seen = page.split('\n').filter((line) => line.startsWith('#') && !line.startsWith('# product-specs'));
      // Lines inside YAML examples never start with "#" at column 1 except suppression comments.
      assert.deepEqual(
        seen.map((line) => (line.startsWith('## ') ? line : '# ')),
        headings,
        rule.meta.id,
      );
      assert.ok(page.startsWith(`<!-- Generated from the rule's metadata by \`npm run docs\`; do not edit by hand. -->\n\n# ${rule.meta.id}\n`), rule.meta.id);
      assert.ok(page.includes(`- Default severity: ${rule.meta.severity}\n`), rule.meta.id);
      assert.ok(page.includes(Object.keys(rule.meta.options).length ? '| name | default | description |' : '## Options\n\nNo options.\n'), rule.meta.id);
    }
  });

  it('shows the findings the engine reports on the example, as line:col severity message', () => {
    const page = rulePage(RULES.find((rule) => rule.meta.id === 'team-development/span-of-control')!);
    assert.ok(
      page.includes(
        'The rule reports (`line:column severity message`, checked on 2026-11-25):\n\n```text\n14:11 warning "dana" has 9 direct reports: consider at most 8, for example by adding a group PM or director between them, so each person gets real coaching time.\n```\n',
      ),
    );
    assert.ok(
      page.includes(
        '## Options\n\n| name | default | description |\n|---|---|---|\n| `max` | `8` | The most direct reports a manager should have before the rule warns. |\n| `hardMax` | `12` | Above this many direct reports the finding is an error. |\n',
      ),
    );
    assert.ok(page.includes('```yaml\nrules:\n  team-development/span-of-control: [warning, { max: 8, hardMax: 12 }]\n```'));
    assert.ok(page.includes('here on line 14 of the example above:\n\n```yaml\n    # product-specs-disable-next-line team-development/span-of-control\n    - id: dana\n```'));
  });

  it('checks cross-file examples together with the other files of their workspace', () => {
    const rule = RULES.find((candidate) => candidate.meta.id === 'vision/untraced-goal')!;
    const { fires } = rule.meta.examples;
    assert.deepEqual(exampleFindings(rule.meta.id, fires), [
      {
        line: 32,
        column: 11,
        severity: 'info',
        message:
          'Goal "retain-merchants" is traced by no objective of roadmap "acme-pay-roadmap": consider an objective with visionGoal: retain-merchants, or drop the goal if the company no longer pursues it.',
      },
    ]);
    // Alone, with no roadmap in the workspace, the vision has nothing to be traced by.
    assert.deepEqual(exampleFindings(rule.meta.id, { file: fires.file, text: fires.text }), []);
    assert.ok(rulePage(rule).includes('With this other file in the workspace:\n\n`acme.roadmap.yaml`:\n\n```yaml\napiVersion: productspecs/v1\nkind: Roadmap\n'));
  });

  it('writes option defaults as YAML', () => {
    assert.equal(yamlValue(8), '8');
    assert.equal(yamlValue('biweekly'), 'biweekly');
    assert.equal(yamlValue(['app', 'dashboard']), '[app, dashboard]');
  });

  it('replaces only the region between the README markers', () => {
    const readme = `# Title\n\nBefore.\n\n${README_START}\nold table\n${README_END}\n\nAfter.\n`;
    assert.equal(withReadmeRules(readme, 'new table\n'), `# Title\n\nBefore.\n\n${README_START}\nnew table\n${README_END}\n\nAfter.\n`);
    assert.throws(() => withReadmeRules('# No markers\n', 'x\n'), /README.md needs the markers <!-- rules:start --> and <!-- rules:end -->/);
  });

  it('lists every rule in the README table with a link to its page, severity and description', () => {
    const readme = read('README.md');
    const region = readme.slice(readme.indexOf(README_START), readme.indexOf(README_END));
    for (const rule of RULES) {
      assert.ok(region.includes(`| [${rule.meta.id}](docs/rules/${rule.meta.id}.md) | ${rule.meta.severity} | `), rule.meta.id);
    }
    assert.deepEqual(
      region.split('\n').filter((line) => line.startsWith('### ')),
      ['### Team development', '### Vision creation', '### Execution', '### Culture'],
    );
  });
});
