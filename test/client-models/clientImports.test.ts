import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const CLIENT = path.resolve(__dirname, '../../../client/src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the extension', () => {
  it('imports from the server only its protocol module, which both sides import', () => {
    const imports = sources(CLIENT).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/(?:from|require\()\s*'([^']+)'/g)]
        .map((match) => match[1])
        .filter((specifier) => specifier.includes('server/'))
        .map(
          (specifier) =>
            `${path.relative(CLIENT, file).split(path.sep).join('/')}: ${path
              .relative(CLIENT, path.resolve(path.dirname(file), specifier))
              .split(path.sep)
              .join('/')}`,
        ),
    );
    assert.ok(imports.length > 0);
    assert.deepEqual(
      imports.filter((line) => !line.endsWith(': ../../server/src/lsp/protocol')),
      [],
    );
  });
});
