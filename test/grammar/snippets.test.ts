import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Workspace } from '../../server/src/core';
import { SPEC_SNIPPETS } from '../../server/src/core/language/snippetCatalogue';
import { specTemplate } from '../../server/src/core/templates/specTemplate';
import type { SpecKind } from '../../server/src/core/types';

const SNIPPETS = SPEC_SNIPPETS;

/** Where each snippet belongs: the kind of file and the list under `spec` it adds an entry to (`ps-disable` fits any; it is tried in a roadmap's items). */
const PLACES: Record<string, [SpecKind, string]> = {
  'ps-member': ['TeamCharter', 'members'],
  'ps-team': ['TeamCharter', 'productTeams'],
  'ps-hire': ['TeamCharter', 'hiring'],
  'ps-peer': ['TeamCharter', 'peers'],
  'ps-ritual': ['TeamCharter', 'rituals'],
  'ps-stakeholder': ['TeamCharter', 'stakeholders'],
  'ps-item': ['Roadmap', 'items'],
  'ps-objective': ['Roadmap', 'objectives'],
  'ps-theme': ['Roadmap', 'themes'],
  'ps-target-group': ['Vision', 'targetGroups'],
  'ps-need': ['Vision', 'needs'],
  'ps-goal': ['Vision', 'goals'],
  'ps-disable': ['Roadmap', 'items'],
};

/** A snippet as typed when every placeholder keeps its default (the first choice of a choice). */
function expand(body: readonly string[]): string[] {
  const variables: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '25' };
  return body.map((line) =>
    line
      .replace(/\$(CURRENT_[A-Z]+)/g, (_, name: string) => variables[name])
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, ''),
  );
}

describe('snippets', () => {
  it('every snippet has a place, a ps- prefix and a description; the language server offers each in its place only', () => {
    assert.deepEqual(SNIPPETS.map((snippet) => snippet.prefix).sort(), Object.keys(PLACES).sort());
    for (const snippet of SNIPPETS) assert.ok(snippet.description.length > 10, snippet.prefix);
    for (const snippet of SNIPPETS) {
      const place = snippet.place ? [snippet.place.kind, snippet.place.list] : undefined;
      assert.deepEqual(place, snippet.prefix === 'ps-disable' ? undefined : PLACES[snippet.prefix], snippet.prefix);
    }
  });

  for (const snippet of SNIPPETS) {
    it(`${snippet.prefix} added to a new ${PLACES[snippet.prefix][0]} keeps it free of schema findings`, () => {
      const [kind, list] = PLACES[snippet.prefix];
      const workspace = new Workspace({ today: '2026-11-25' });
      const template = specTemplate(kind, workspace.index, '2026-11-25');
      const anchor = `\n  ${list}:\n`;
      const lines = expand(snippet.body)
        .map((line) => `    ${line}\n`)
        .join('');
      // Into the template's list, or as a new list at the end of its spec.
      const text = template.text.includes(anchor) ? template.text.replace(anchor, `${anchor}${lines}`) : `${template.text}  ${list}:\n${lines}`;
      const file = path.join('/snippets', template.fileName);
      workspace.update({ uri: `file://${file}`, fileName: file, text });
      const structural = workspace.findings(`file://${file}`).filter((finding) => /^(yaml|schema|spec)\//.test(finding.code));
      assert.deepEqual(
        structural.map((finding) => `${finding.code}: ${finding.message}`),
        [],
      );
    });
  }
});
