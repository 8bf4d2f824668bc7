import * as assert from 'node:assert/strict';
import * as browser from '../../server/src/core/platform/fileNames.browser';
import * as node from '../../server/src/core/platform/fileNames';
import type { FileNamePlatform } from '../../server/src/core/platform/types';

// Both implementations of the engine's file names have the same shape (checked when this compiles).
const platforms: Record<string, FileNamePlatform> = { node, browser };

describe('file names in the browser (URIs)', () => {
  const { path } = browser;
  const ROOT = 'vscode-vfs://github/acme/specs';

  it('names the file of a URI, its segments decoded', () => {
    assert.equal(path.basename(`${ROOT}/plans/acme.roadmap.yaml`), 'acme.roadmap.yaml');
    assert.equal(path.basename(`${ROOT}/plans/Q3%20plan.roadmap.yaml`), 'Q3 plan.roadmap.yaml');
    assert.equal(path.basename(`${ROOT}/plans/100%.yaml`), '100%.yaml');
  });

  it('gives the folder of a URI, keeping its scheme and authority', () => {
    assert.equal(path.dirname(`${ROOT}/plans/acme.roadmap.yaml`), `${ROOT}/plans`);
    assert.equal(path.dirname(`${ROOT}/.productspecs.yaml`), ROOT);
  });

  it('gives a path relative to a folder of the same workspace, and leaves other workspaces absolute', () => {
    assert.equal(path.relative(ROOT, `${ROOT}/plans/acme.roadmap.yaml`), 'plans/acme.roadmap.yaml');
    assert.equal(path.relative(`${ROOT}/plans`, `${ROOT}/team.charter.yaml`), '../team.charter.yaml');
    assert.equal(path.relative(`${ROOT}/plans`, `${ROOT}/plans`), '');
    assert.equal(path.relative(ROOT, 'vscode-vfs://github/other/specs/team.charter.yaml'), '../../other/specs/team.charter.yaml');
    const elsewhere = 'vscode-vfs://gitlab/acme/specs/team.charter.yaml';
    assert.equal(path.relative(ROOT, elsewhere), elsewhere);
    assert.equal(path.isAbsolute(path.relative(ROOT, elsewhere)), true);
    assert.equal(path.isAbsolute('plans/acme.roadmap.yaml'), false);
  });

  it('takes URIs as they are and ships no files it could link to', () => {
    assert.equal(browser.uriToPath(`${ROOT}/acme.vision.yaml`), `${ROOT}/acme.vision.yaml`);
    assert.equal(browser.shippedPackageJson(), undefined);
  });

  it("reads the package's package.json next to the engine in Node", () => {
    assert.equal((platforms.node.shippedPackageJson() as { name: string }).name, 'product-specs');
  });
});
