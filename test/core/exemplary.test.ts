import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/core';
import type { JsonSchema } from '../../server/src/core/schemas';
import { schemaFor } from '../../server/src/core/schemas';
import type { SpecKind } from '../../server/src/core/types';

const FOLDER = path.resolve(__dirname, '../../../test/fixtures/exemplary');
const TODAY = '2026-11-25';

/** The properties a schema allows in a mapping, following `$ref` into the schema's definitions. */
function propertiesOf(root: JsonSchema, schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/definitions/')) {
    return propertiesOf(root, (root.definitions as Record<string, JsonSchema>)[schema.$ref.slice('#/definitions/'.length)]);
  }
  return Object.keys(schema.properties ?? {});
}

describe('the exemplary workspace (every optional section filled, written from the product definition)', () => {
  const files = fs
    .readdirSync(FOLDER)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const workspace = new Workspace({ today: TODAY });
  for (const name of files) {
    const fileName = path.join(FOLDER, name);
    workspace.update({ uri: `file://${fileName}`, fileName, text: fs.readFileSync(fileName, 'utf8') });
  }

  it('gets no finding at all', () => {
    assert.deepEqual(files, ['acme.roadmap.yaml', 'acme.vision.yaml', 'platform.roadmap.yaml', 'team.charter.yaml']);
    for (const name of files)
      assert.deepEqual(
        workspace.findings(`file://${path.join(FOLDER, name)}`).map((finding) => `${finding.code}: ${finding.message}`),
        [],
        name,
      );
  });

  it('fills every property of metadata and spec that the schemas allow, in some file of each kind', () => {
    for (const kind of ['Vision', 'Roadmap', 'TeamCharter'] as SpecKind[]) {
      const root = schemaFor(kind);
      const docs = workspace.index.documents(kind);
      assert.ok(docs.length > 0, kind);
      for (const section of ['metadata', 'spec'] as const) {
        const allowed = propertiesOf(root, root.properties?.[section]);
        const used = new Set(docs.flatMap((doc) => Object.keys(((doc.parsed.value as Record<string, Record<string, unknown>>)[section] ?? {}) as object)));
        assert.deepEqual(
          allowed.filter((name) => !used.has(name)),
          [],
          `${kind} ${section}`,
        );
      }
    }
  });

  it('has a now-next-later and a timeline roadmap, with a quarter, a half and a year', () => {
    const formats = workspace.index.documents('Roadmap').map((doc) => (doc.parsed.value as { spec: { format: string } }).spec.format);
    assert.deepEqual(formats.sort(), ['now-next-later', 'timeline']);
    const timeframes = workspace.index
      .documents('Roadmap')
      .flatMap((doc) => (doc.parsed.value as { spec: { items: Array<{ timeframe?: unknown }> } }).spec.items.map((item) => item.timeframe))
      .filter((timeframe) => timeframe !== undefined);
    assert.deepEqual(timeframes, ['2026-Q4', '2027-H1', 2028]);
  });
});
