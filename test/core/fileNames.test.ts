import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { CONFIG_FILE_NAME, kindFromFileName, SPEC_FILE_NAMES } from '../../server/src/core/kinds';
import { KINDS } from '../../server/src/core/types';

interface Manifest {
  activationEvents: string[];
  contributes: { languages: Array<{ id: string; extensions: string[]; filenames: string[] }> };
}

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as Manifest;
const suffixes = KINDS.flatMap((kind) => SPEC_FILE_NAMES[kind].suffixes);
const names = KINDS.flatMap((kind) => SPEC_FILE_NAMES[kind].names);
const sorted = (values: readonly string[]): string[] => [...values].sort();

describe('the file names of the three kinds', () => {
  it('activate the extension: one workspaceContains event per name the engine recognises', () => {
    const events = manifest.activationEvents.filter((event) => event.startsWith('workspaceContains:')).flatMap((event) => minimatch.braceExpand(event));
    const expected = [
      ...suffixes.map((suffix) => `workspaceContains:**/*${suffix}`),
      ...names.map((name) => `workspaceContains:**/${name}`),
      `workspaceContains:${CONFIG_FILE_NAME}`,
    ];
    assert.deepEqual(sorted(events), sorted(expected));
  });

  it('are the language extensions and file names of the product-spec language', () => {
    const language = manifest.contributes.languages.find((entry) => entry.id === 'product-spec');
    assert.ok(language);
    assert.deepEqual(sorted(language.extensions), sorted(suffixes));
    assert.deepEqual(sorted(language.filenames), sorted([...names, CONFIG_FILE_NAME]));
  });

  it('give each file its kind, without regard to case, and nothing to names that only look alike', () => {
    const seen = Object.fromEntries(
      [
        'vision.yml',
        'acme.vision.yaml',
        'Acme.Vision.YML',
        'roadmap.yml',
        'q1.roadmap.yaml',
        'team-charter.yml',
        'payments.charter.yml',
        '.productspecs.yaml',
        'myvision.yaml',
        'charter.yaml',
        'roadmap.json',
      ].map((name) => [name, kindFromFileName(`specs/${name}`) ?? null]),
    );
    assert.deepEqual(seen, {
      'vision.yml': 'Vision',
      'acme.vision.yaml': 'Vision',
      'Acme.Vision.YML': 'Vision',
      'roadmap.yml': 'Roadmap',
      'q1.roadmap.yaml': 'Roadmap',
      'team-charter.yml': 'TeamCharter',
      'payments.charter.yml': 'TeamCharter',
      '.productspecs.yaml': 'Config',
      'myvision.yaml': null,
      'charter.yaml': null,
      'roadmap.json': null,
    });
  });
});
