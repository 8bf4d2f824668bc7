import * as assert from 'node:assert/strict';
import { goldenCli, runCli } from '../helpers/cli';

const GOLDEN = 'test/cli/golden';
const golden = (name: string, args: string[]): void => goldenCli(GOLDEN, name, args);

describe('command line: report', function () {
  this.timeout(20_000);

  it('writes the example workspace report as Markdown (the default)', () => golden('report-acme-md', ['report', 'examples/acme', '--today', '2026-11-25']));
  it('writes the example workspace report as JSON', () => golden('report-acme-json', ['report', 'examples/acme', '--today', '2026-11-25', '--format', 'json']));
  it('writes the example workspace report as HTML', () => golden('report-acme-html', ['report', 'examples/acme', '--today', '2026-11-25', '--format', 'html']));
  it('escapes hostile names in the HTML report', () => golden('report-hostile-html', ['report', 'test/report/fixtures/hostile', '--today', '2026-11-25', '-f', 'html']));
  it('escapes hostile names in the Markdown report', () => golden('report-hostile-md', ['report', 'test/report/fixtures/hostile', '--today', '2026-11-25']));
  it('refuses an unknown format', () => golden('report-unknown-format', ['report', 'examples/acme', '--format', 'pdf']));
  it('refuses a broken configuration with exit code 2', () => golden('report-broken-config', ['report', 'test/report/fixtures/broken-config']));
  it('says so when a folder holds no spec files', () => golden('report-no-specs', ['report', 'test/fixtures/cli/no-specs']));

  it('gives the same HTML when run twice (no random parts)', () => {
    const args = ['report', 'examples/acme', '--today', '2026-11-25', '--format', 'html'];
    assert.equal(runCli(args), runCli(args));
  });
});
