import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { goldenCli, ROOT, runCli } from '../helpers/cli';

const GOLDEN = 'test/cli/golden';
const golden = (name: string, args: string[]): void => goldenCli(GOLDEN, name, args);

describe('command line: board', function () {
  this.timeout(20_000);

  it('writes the example workspace boards as one HTML page on stdout, exit 0 despite findings', () => golden('board-acme', ['board', 'examples/acme', '--today', '2026-11-25']));
  it("derives a timeline roadmap's columns from --today and escapes spec text", () =>
    golden('board-timeline', ['board', 'test/boards/fixtures/timeline', '--today', '2026-11-25']));
  it('refuses a date that is not one, with exit code 2', () => golden('board-bad-today', ['board', 'examples/acme', '--today', '25/11/2026']));
  it('refuses --format: a board is HTML only', () => golden('board-format', ['board', 'examples/acme', '--format', 'md']));
  it('says so when a folder holds no spec files', () => golden('board-no-specs', ['board', 'test/fixtures/cli/no-specs']));
  it('refuses a broken configuration with exit code 2', () => golden('board-broken-config', ['board', 'test/report/fixtures/broken-config']));

  it('--out writes the page there, with spec links relative to that file and nothing on stdout', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'product-specs-board-'));
    try {
      const out = path.join(folder, 'shared', 'boards.html');
      fs.mkdirSync(path.dirname(out));
      const run = runCli(['board', 'examples/acme', '--today', '2026-11-25', '--out', out]);
      assert.equal(
        run,
        `$ product-specs board examples/acme --today 2026-11-25 --out ${out}\nexit: 0\n--- stdout\n--- stderr\nproduct-specs: 1 vision and 1 roadmap written to ${out}.\n`,
      );
      const html = fs.readFileSync(out, 'utf8');
      const expected = path
        .relative(path.dirname(out), path.join(ROOT, 'examples', 'acme', 'acme.roadmap.yaml'))
        .split(path.sep)
        .join('/');
      assert.ok(html.includes(`<a class="title" href="${expected}#L366">Express checkout for returning buyers</a>`));
      // The same page as on stdout but for the links.
      const stdout = runCli(['board', 'examples/acme', '--today', '2026-11-25']).split('--- stdout\n')[1].split('--- stderr\n')[0];
      const strip = (text: string): string => text.replace(/href="[^"]*"/g, 'href').replace(/nonce-[A-Za-z0-9]+|nonce="[A-Za-z0-9]+"/g, 'nonce');
      assert.equal(strip(html), strip(stdout));
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('--out into a folder that does not exist is a usage error', () => {
    const run = runCli(['board', 'examples/acme', '--out', 'no/such/folder/boards.html']);
    assert.equal(
      run,
      '$ product-specs board examples/acme --out no/such/folder/boards.html\nexit: 2\n--- stdout\n--- stderr\nproduct-specs: Could not write no/such/folder/boards.html: ENOENT.\n',
    );
  });
});
