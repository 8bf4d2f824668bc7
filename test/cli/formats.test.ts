import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core';
import type { FileResult } from '../../server/src/cli/check';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/cli/formats/github';
import { formatSarif, relativeUri } from '../../server/src/cli/formats/sarif';
import { goldenCli, ROOT, runCli, type JsonFinding } from '../helpers/cli';

const GOLDEN = 'test/cli/golden';
const TODAY = ['--today', '2026-11-25'];
const ACME = ['check', 'examples/acme', ...TODAY];
/** Broken YAML, an unknown kind, and a file whose name needs escaping (`q3, 100%.charter.yaml`). */
const ODD = ['check', 'test/fixtures/cli/mixed', 'test/fixtures/cli/formats', ...TODAY];
/** The published documentation (the repository and home page of package.json): SARIF links there, never into the install. */
const PUBLISHED_DOCS = 'https://github.com/product-specs/product-specs/blob/main/docs/rules/';
const HOMEPAGE = 'https://github.com/product-specs/product-specs#readme';

/** Like `goldenCli`; the log names no file of the machine it was written on. */
function goldenSarif(name: string, args: readonly string[]): void {
  const actual = runCli(args);
  assert.ok(!actual.includes('file:'), 'no file: link');
  assert.ok(!actual.includes(ROOT), 'no path of the install');
  const file = path.join(ROOT, GOLDEN, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  assert.equal(actual, fs.readFileSync(file, 'utf8'));
}

function stdout(args: readonly string[]): { status: number | null; text: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'product-specs.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, text: result.stdout };
}

/** The findings of the JSON format, flattened with their files: what the other formats must agree with. */
function jsonFindings(args: readonly string[]): Array<JsonFinding & { file: string }> {
  const parsed = JSON.parse(stdout([...args, '--format', 'json']).text) as { files: Array<{ file: string; findings: JsonFinding[] }> };
  return parsed.files.flatMap((entry) => entry.findings.map((finding) => ({ file: entry.file, ...finding })));
}

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const COMMAND: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };
const positive = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 1;

/** Checks the structure SARIF 2.1.0 requires, and that the results are the JSON format's findings. */
function assertValidSarif(args: readonly string[]): void {
  const { text } = stdout([...args, '--format', 'sarif']);
  const log = JSON.parse(text);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /^https:\/\/.*sarif-schema-2\.1\.0\.json$/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  const driver = run.tool.driver;
  assert.equal(driver.name, 'product-specs');
  assert.equal(driver.version, (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  assert.equal(driver.informationUri, HOMEPAGE);
  const ids = driver.rules.map((rule: any) => rule.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  assert.deepEqual(
    ids.slice(0, RULES.length),
    RULES.map((rule) => rule.meta.id),
    'every rule of the catalogue, in order',
  );
  for (const rule of driver.rules) {
    assert.ok(rule.shortDescription.text.length > 0, rule.id);
    assert.ok(rule.fullDescription.text.length > 0, rule.id);
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
    if (rule.helpUri !== undefined) {
      assert.ok(rule.helpUri.startsWith(PUBLISHED_DOCS), rule.id);
      const page = path.join(ROOT, 'docs', 'rules', ...rule.helpUri.slice(PUBLISHED_DOCS.length).split('/'));
      assert.ok(fs.existsSync(page), `${rule.id}: ${rule.helpUri} is a page of the docs`);
    }
  }
  for (const meta of RULES.map((rule) => rule.meta)) {
    const entry = driver.rules.find((rule: any) => rule.id === meta.id);
    assert.equal(entry.defaultConfiguration.level, LEVEL[meta.severity], meta.id);
    assert.equal(entry.helpUri, `${PUBLISHED_DOCS}${meta.id}.md`);
  }
  const expected = jsonFindings(args);
  assert.ok(expected.length > 0);
  assert.equal(run.results.length, expected.length);
  run.results.forEach((result: any, i: number) => {
    const want = expected[i];
    assert.ok(ids.includes(result.ruleId), `${result.ruleId} is among the rules`);
    assert.equal(ids[result.ruleIndex], result.ruleId);
    assert.equal(result.ruleId, want.code);
    assert.equal(result.level, LEVEL[want.severity]);
    assert.equal(result.message.text, want.message);
    assert.equal(result.locations.length, 1);
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    assert.ok(!/^[a-z]+:|^\//.test(artifactLocation.uri), `${artifactLocation.uri} is relative`);
    assert.equal(decodeURIComponent(artifactLocation.uri), want.file);
    assert.ok(fs.existsSync(path.join(ROOT, decodeURIComponent(artifactLocation.uri))));
    for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(positive(region[key]), `${key} is 1-based`);
    assert.ok(region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn));
    assert.deepEqual(region, { startLine: want.line, startColumn: want.column, endLine: want.endLine, endColumn: want.endColumn });
  });
}

const ANNOTATION = /^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]+)::(.+)$/;
const unescape = (text: string): string => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** Every annotation line is a well-formed workflow command carrying the JSON format's finding. */
function assertGithubAnnotations(args: readonly string[]): void {
  const { text } = stdout([...args, '--format', 'github']);
  const lines = text.split('\n');
  assert.equal(lines.pop(), '');
  const expected = jsonFindings(args);
  assert.equal(lines.length, expected.length);
  lines.forEach((line, i) => {
    const match = ANNOTATION.exec(line);
    assert.ok(match, line);
    const want = expected[i];
    assert.deepEqual(
      [match[1], unescape(match[2]), Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6]), match[7], unescape(match[8])],
      [COMMAND[want.severity], want.file, want.line, want.column, want.endLine, want.endColumn, want.code, want.message],
    );
  });
}

describe('command line: formats', function () {
  this.timeout(30_000);

  describe('sarif', () => {
    it('writes the example workspace as SARIF', () => goldenSarif('format-sarif-acme', [...ACME, '--format', 'sarif']));
    it('gives YAML, spec and schema codes rule entries too, and encodes file names', () => goldenSarif('format-sarif-odd', [...ODD, '-f', 'sarif']));
    it('is valid SARIF 2.1.0 for the example workspace', () => assertValidSarif(ACME));
    it('is valid SARIF 2.1.0 for broken files and odd file names', () => assertValidSarif(ODD));

    it('keeps the exit code of the check', () => {
      assert.equal(stdout([...ACME, '--format', 'sarif']).status, 1);
    });

    it('has an empty result list when nothing is found', () => {
      const log = JSON.parse(formatSarif([], (file) => file, { version: '1.2.3' })) as {
        runs: Array<{ results: unknown[]; tool: { driver: { version: string; informationUri?: string; rules: Array<{ helpUri?: string }> } } }>;
      };
      assert.deepEqual(log.runs[0].results, []);
      assert.equal(log.runs[0].tool.driver.version, '1.2.3');
      assert.equal(log.runs[0].tool.driver.rules.length, RULES.length);
      // A package that names no repository and no home page links nowhere rather than into its install.
      assert.equal(log.runs[0].tool.driver.informationUri, undefined);
      assert.deepEqual(
        log.runs[0].tool.driver.rules.filter((rule) => rule.helpUri !== undefined),
        [],
      );
    });

    it('percent-encodes each segment of a relative path', () => {
      assert.equal(relativeUri('specs/q3, 100%.charter.yaml'), 'specs/q3%2C%20100%25.charter.yaml');
      assert.equal(relativeUri('a#b/c?d.yaml'), 'a%23b/c%3Fd.yaml');
    });
  });

  describe('github', () => {
    it('writes the example workspace as workflow annotations', () => goldenCli(GOLDEN, 'format-github-acme', [...ACME, '--format', 'github']));
    it('writes notices for info and escapes file names', () => goldenCli(GOLDEN, 'format-github-odd', [...ODD, '-f', 'github']));
    it('annotates every finding of the example workspace', () => assertGithubAnnotations(ACME));
    it('annotates every finding of broken files and odd file names', () => assertGithubAnnotations(ODD));

    it('escapes messages and properties as GitHub does', () => {
      assert.equal(escapeData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
      assert.equal(escapeProperty('q3, 100%: x\ny'), 'q3%2C 100%25%3A x%0Ay');
    });

    it('writes one line per finding with 1-based positions', () => {
      const results: FileResult[] = [
        {
          file: '/ws/a:b.roadmap.yaml',
          findings: [
            {
              code: 'execution/unknown-dependency',
              severity: 'error',
              message: 'Line one\nline two: 100%',
              range: { start: 0, end: 3 },
              start: { line: 0, character: 0 },
              end: { line: 1, character: 2 },
            },
            {
              code: 'culture/single-solution',
              severity: 'info',
              message: 'Only one, consider more',
              range: { start: 5, end: 6 },
              start: { line: 2, character: 4 },
              end: { line: 2, character: 5 },
            },
            { code: 'vision/no-visual', severity: 'hint', message: 'A hint', range: { start: 5, end: 6 }, start: { line: 2, character: 4 }, end: { line: 2, character: 5 } },
          ],
        },
      ];
      assert.equal(
        formatGithub(results, (file) => path.basename(file)),
        '::error file=a%3Ab.roadmap.yaml,line=1,col=1,endLine=2,endColumn=3,title=execution/unknown-dependency::Line one%0Aline two: 100%25\n' +
          '::notice file=a%3Ab.roadmap.yaml,line=3,col=5,endLine=3,endColumn=6,title=culture/single-solution::Only one, consider more\n' +
          '::notice file=a%3Ab.roadmap.yaml,line=3,col=5,endLine=3,endColumn=6,title=vision/no-visual::A hint\n',
      );
      assert.equal(
        formatGithub([], (file) => file),
        '',
      );
    });
  });

  describe('rules', () => {
    it('lists every rule with its area, default severity and description', () => goldenCli(GOLDEN, 'format-rules', ['rules']));
  });
});
