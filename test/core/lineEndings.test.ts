import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintFiles, type Seen } from '../helpers/engine';
import { mutate, seededRandom } from '../helpers/yamlShape';
import { fuzzCount, SEED } from '../fuzz/check';

const ROOT = path.resolve(__dirname, '../../..');

/** The spec folders checked with every line ending: the examples and each fixture folder holding YAML. */
function specFolders(): Array<{ name: string; files: Record<string, string>; config?: string }> {
  const folders: Array<{ name: string; files: Record<string, string>; config?: string }> = [];
  const visit = (folder: string): void => {
    const entries = fs.readdirSync(folder, { withFileTypes: true });
    const yamlFiles = entries.filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name));
    if (yamlFiles.length > 0) {
      const files: Record<string, string> = {};
      let config: string | undefined;
      for (const entry of yamlFiles) {
        const text = fs.readFileSync(path.join(folder, entry.name), 'utf8');
        if (entry.name === '.productspecs.yaml') config = text;
        else files[entry.name] = text;
      }
      folders.push({ name: path.relative(ROOT, folder), files, config });
    }
    for (const entry of entries) if (entry.isDirectory() && entry.name !== 'golden') visit(path.join(folder, entry.name));
  };
  visit(path.join(ROOT, 'examples'));
  visit(path.join(ROOT, 'test', 'fixtures'));
  return folders;
}

type Variant = 'CRLF' | 'BOM' | 'CRLF and BOM';

function variant(text: string, kind: Variant): string {
  const crlf = kind === 'BOM' ? text : text.replace(/\r?\n/g, '\r\n');
  return kind === 'CRLF' ? crlf : `\uFEFF${crlf}`;
}

/**
 * With a byte order mark in the text a client sends, the mark is the first character of line 1:
 * findings on that line start one character later. Nothing else may change.
 */
function expectedWithBom(findings: readonly Seen[]): Seen[] {
  const shift = (position: string): string => {
    const [line, column] = position.split(':').map(Number);
    return line === 1 ? `${line}:${column + 1}` : position;
  };
  return findings.map((finding) => {
    const [start, end] = finding.range.split('-');
    return { ...finding, range: `${shift(start)}-${shift(end)}` };
  });
}

function differences(files: Record<string, string>, config: string | undefined): string[] {
  const lf = lintFiles(files, { config });
  const out: string[] = [];
  for (const kind of ['CRLF', 'BOM', 'CRLF and BOM'] as const) {
    const changed = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, variant(text, kind)]));
    const seen = lintFiles(changed, { config: config === undefined ? undefined : variant(config, kind) });
    for (const name of Object.keys(files)) {
      const expected = kind === 'CRLF' ? lf[name] : expectedWithBom(lf[name]);
      const actualLines = seen[name].map((finding) => JSON.stringify(finding));
      const expectedLines = expected.map((finding) => JSON.stringify(finding));
      const at = actualLines.findIndex((line, i) => line !== expectedLines[i]);
      if (at >= 0 || actualLines.length !== expectedLines.length) {
        const i = at >= 0 ? at : Math.min(actualLines.length, expectedLines.length);
        out.push(`${name} with ${kind}, finding ${i}: ${actualLines[i] ?? '(none)'} instead of ${expectedLines[i] ?? '(none)'}`);
      }
      for (const finding of seen[name])
        if (/[\r\uFEFF]/.test(finding.message)) out.push(`${name} with ${kind}: a message quotes a raw line break: ${JSON.stringify(finding.message)}`);
    }
  }
  return out;
}

describe('line endings: LF, CRLF and a byte order mark give the same findings', function () {
  this.timeout(0);

  for (const folder of specFolders()) {
    it(`${folder.name}: the same findings at the same positions with the same messages`, () => {
      assert.deepEqual(differences(folder.files, folder.config), []);
    });
  }

  const count = fuzzCount(2000, 'FUZZ_LINE_ENDINGS_COUNT');
  it(`the same findings on ${count} files mutated from the examples, each with LF, CRLF, a BOM and both (seed ${SEED})`, () => {
    const examples = specFolders().find((folder) => folder.name === path.join('examples', 'acme'))!;
    const names = Object.keys(examples.files);
    const random = seededRandom(SEED + 2);
    const failures: string[] = [];
    for (let i = 0; i < count && failures.length < 5; i++) {
      const name = names[i % names.length];
      const text = mutate(examples.files[name], random);
      for (const difference of differences({ [name]: text }, undefined)) failures.push(`input ${i} (${JSON.stringify(text.slice(0, 200))}): ${difference}`);
    }
    assert.deepEqual(failures, []);
  });
});
