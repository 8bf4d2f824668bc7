import * as assert from 'node:assert/strict';
import { URI } from 'vscode-uri';
import { canonicalUri, pathToUri, uriToPath } from '../../server/src/core/paths';

describe('paths and URIs: one conversion, written as VS Code writes URIs', () => {
  describe('Windows paths', () => {
    const cases: Array<[string, string]> = [
      ['C:\\Users\\Dana\\specs\\acme.roadmap.yaml', 'file:///c%3A/Users/Dana/specs/acme.roadmap.yaml'],
      ['c:\\Users\\Dana\\q3, plans+ideas (v2)\\acme.roadmap.yaml', 'file:///c%3A/Users/Dana/q3%2C%20plans%2Bideas%20%28v2%29/acme.roadmap.yaml'],
      ['D:\\#1 at 100%\\Überblick café\\vision.yaml', 'file:///d%3A/%231%20at%20100%25/%C3%9Cberblick%20caf%C3%A9/vision.yaml'],
      ['\\\\fileserver\\product team\\acme.charter.yaml', 'file://fileserver/product%20team/acme.charter.yaml'],
    ];

    it('turns a path into the URI VS Code sends for it, whatever the case of the drive letter', () => {
      for (const [file, expected] of cases) assert.equal(pathToUri(file, 'win32'), expected, file);
    });

    it('turns VS Code URIs back into paths with backslashes (drive letters in lower case, as VS Code reads them)', () => {
      assert.equal(uriToPath('file:///c%3A/Users/Dana/q3%2C%20plans%2Bideas%20%28v2%29/acme.roadmap.yaml', 'win32'), 'c:\\Users\\Dana\\q3, plans+ideas (v2)\\acme.roadmap.yaml');
      assert.equal(uriToPath('file://fileserver/product%20team/acme.charter.yaml', 'win32'), '\\\\fileserver\\product team\\acme.charter.yaml');
      for (const [, written] of cases) assert.equal(pathToUri(uriToPath(written, 'win32'), 'win32'), written);
    });

    it('reads other spellings of the same file (upper-case drive, unencoded colon and commas) as the same URI', () => {
      for (const spelled of [
        'file:///C:/Users/Dana/q3,%20plans+ideas%20(v2)/acme.roadmap.yaml',
        'file:///c:/Users/Dana/q3%2c%20plans%2bideas%20%28v2%29/acme.roadmap.yaml',
        'file:///C%3A/Users/Dana/q3%2C%20plans%2Bideas%20%28v2%29/acme.roadmap.yaml',
      ]) {
        assert.equal(canonicalUri(spelled, 'win32'), 'file:///c%3A/Users/Dana/q3%2C%20plans%2Bideas%20%28v2%29/acme.roadmap.yaml', spelled);
      }
    });
  });

  describe('POSIX paths', () => {
    it('writes what vscode-uri writes, and reads it back', () => {
      for (const file of ['/home/dana/q3, plans+ideas (v2)/acme.roadmap.yaml', '/srv/#1 at 100%/Überblick – café 東京/vision.yaml', '/a/b c/team-charter.yaml']) {
        const written = pathToUri(file, 'posix');
        assert.equal(written, URI.file(file).toString());
        assert.equal(uriToPath(written, 'posix'), file);
        assert.equal(canonicalUri(`file://${encodeURI(file).replace(/#/g, '%23')}`, 'posix'), written);
      }
      assert.equal(pathToUri('/home/dana/q3, plans+ideas (v2)/x.yaml', 'posix'), 'file:///home/dana/q3%2C%20plans%2Bideas%20%28v2%29/x.yaml');
    });

    it('leaves URIs of other schemes as they are', () => {
      assert.equal(uriToPath('untitled:Untitled-1'), 'untitled:Untitled-1');
      assert.equal(canonicalUri('untitled:Untitled-1'), 'untitled:Untitled-1');
    });
  });
});
