import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/rules';
import { lintFiles, type Seen } from '../helpers/engine';

const FOLDER = path.resolve(__dirname, '../../../test/fixtures/features/workspace');
const NAMES = ['shop.vision.yaml', 'shop.roadmap.yaml', 'team.charter.yaml'] as const;
type Name = (typeof NAMES)[number];

function workspace(): Record<Name, string> {
  return Object.fromEntries(NAMES.map((name) => [name, fs.readFileSync(path.join(FOLDER, name), 'utf8')])) as Record<Name, string>;
}

/** The findings of one file after replacing `find` with `replace` in it, leaving out those of `ignore`. */
function findingsAfter(name: Name, find: string, replace: string, ignore: readonly string[] = []): Seen[] {
  const files = workspace();
  assert.ok(files[name].includes(find), `"${find}" is not in ${name}`);
  files[name] = files[name].replace(find, replace);
  return lintFiles(files)[name].filter((finding) => !ignore.includes(finding.code));
}

/** Every schema keyword object that carries `x-ref`, with its JSON pointer. */
function references(node: unknown, at = ''): Array<{ at: string; ref: unknown; reportedBy: unknown }> {
  if (!node || typeof node !== 'object') return [];
  const own = 'x-ref' in node ? [{ at, ref: (node as Record<string, unknown>)['x-ref'], reportedBy: (node as Record<string, unknown>)['x-reported-by'] }] : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => references(child, `${at}/${key}`))];
}

describe('every id reference is checked (DOMAIN.md, "Id references")', () => {
  it('declares in the schemas, next to each x-ref, the rule that reports it: a new reference field needs no code', () => {
    const ruleIds = new Set(RULES.map((rule) => rule.meta.id));
    const declared = ['vision', 'roadmap', 'team-charter'].flatMap((name) =>
      references(JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../../schemas/${name}.schema.json`), 'utf8'))).map((entry) => ({ ...entry, schema: name })),
    );
    assert.equal(declared.length, 24);
    for (const entry of declared) assert.ok(typeof entry.reportedBy === 'string' && ruleIds.has(entry.reportedBy), `${entry.schema}${entry.at}: ${String(entry.reportedBy)}`);
  });

  it('the features workspace has no finding about a reference', () => {
    const all = lintFiles(workspace());
    const codes = [
      'vision/unknown-vision-ref',
      'vision/item-without-theme',
      'execution/unknown-objective',
      'execution/unknown-owner',
      'execution/unknown-team',
      'execution/unknown-dependency',
      'team-development/unknown-manager',
      'team-development/junior-without-mentor',
      'culture/team-without-designer',
    ];
    for (const name of NAMES)
      assert.deepEqual(
        all[name].filter((finding) => codes.includes(finding.code)),
        [],
        name,
      );
  });

  const cases: Array<{ row: string; name: Name; find: string; replace: string; expected: Seen }> = [
    {
      row: "an item's theme",
      name: 'shop.roadmap.yaml',
      find: '      theme: storefront\n',
      replace: '      theme: storefrnt\n',
      expected: {
        range: '39:14-39:23',
        severity: 'warning',
        code: 'vision/item-without-theme',
        message: 'The theme "storefrnt" of item "shop-page" names no theme of this roadmap: did you mean "storefront"?',
      },
    },
    {
      row: "an item's objective",
      name: 'shop.roadmap.yaml',
      find: '      objective: first-sales\n',
      replace: '      objective: first-sale\n',
      expected: {
        range: '40:18-40:28',
        severity: 'warning',
        code: 'execution/unknown-objective',
        message: 'The objective "first-sale" of item "shop-page" names no objective of this roadmap: did you mean "first-sales"?',
      },
    },
    {
      row: "an item's objective, nothing close",
      name: 'shop.roadmap.yaml',
      find: '      objective: first-sales\n',
      replace: '      objective: retention\n',
      expected: {
        range: '40:18-40:27',
        severity: 'warning',
        code: 'execution/unknown-objective',
        message: 'The objective "retention" of item "shop-page" names no objective of this roadmap: use the id of one of the roadmap\'s objectives, or add the objective.',
      },
    },
    {
      row: "a theme's targetGroup",
      name: 'shop.roadmap.yaml',
      find: '      needs: [know-stock]\n      targetGroup: shop-owners\n',
      replace: '      needs: [know-stock]\n      targetGroup: shop-owner\n',
      expected: {
        range: '33:20-33:30',
        severity: 'error',
        code: 'vision/unknown-vision-ref',
        message: 'The targetGroup "shop-owner" of theme "stock" names no target group of vision "shop-vision": did you mean "shop-owners"?',
      },
    },
    {
      row: "a need's targetGroup",
      name: 'shop.vision.yaml',
      find: '    - id: know-stock\n      targetGroup: shop-owners\n',
      replace: '    - id: know-stock\n      targetGroup: shops\n',
      expected: {
        range: '28:20-28:25',
        severity: 'error',
        code: 'vision/unknown-vision-ref',
        message: 'The targetGroup "shops" of need "know-stock" names no target group of this vision: use the id of one of the vision\'s target groups.',
      },
    },
    {
      row: 'a key result owner',
      name: 'shop.roadmap.yaml',
      find: '          owner: bo\n',
      replace: '          owner: boo\n',
      expected: {
        range: '22:18-22:21',
        severity: 'error',
        code: 'execution/unknown-owner',
        message: 'The owner "boo" of key result "first-sale-share" names no member of any team charter: did you mean "bo"?',
      },
    },
    {
      row: "a product team's pm",
      name: 'team.charter.yaml',
      find: '      pm: bo\n',
      replace: '      pm: bob\n',
      expected: {
        range: '31:11-31:14',
        severity: 'error',
        code: 'team-development/unknown-manager',
        message: 'The pm "bob" of product team "sellers" names no member of any team charter: did you mean "bo"?',
      },
    },
    {
      row: "a product team's designer",
      name: 'team.charter.yaml',
      find: '      designer: cy\n',
      replace: '      designer: cyy\n',
      expected: {
        range: '32:17-32:20',
        severity: 'warning',
        code: 'culture/team-without-designer',
        message: 'The designer "cyy" of product team "sellers" names no member of any team charter: did you mean "cy"?',
      },
    },
    {
      row: "a product team's analyst",
      name: 'team.charter.yaml',
      find: '      engineers: 4\n',
      replace: '      analyst: dee\n      engineers: 4\n',
      expected: {
        range: '33:16-33:19',
        severity: 'error',
        code: 'team-development/unknown-manager',
        message: 'The analyst "dee" of product team "sellers" names no member of any team charter: use a member\'s id, or add them to a charter\'s members.',
      },
    },
    {
      row: "a product team's techLead written as an id",
      name: 'team.charter.yaml',
      find: '      engineers: 4\n',
      replace: '      techLead: bob\n      engineers: 4\n',
      expected: {
        range: '33:17-33:20',
        severity: 'error',
        code: 'team-development/unknown-manager',
        message: 'The techLead "bob" of product team "sellers" names no member of any team charter: did you mean "bo"?',
      },
    },
    {
      row: "a member's mentor",
      name: 'team.charter.yaml',
      find: '      teams: [sellers]\n    - id: cy\n',
      replace: '      teams: [sellers]\n      coaching:\n        mentor: adda\n    - id: cy\n',
      expected: {
        range: '23:17-23:21',
        severity: 'warning',
        code: 'team-development/junior-without-mentor',
        message: 'The mentor "adda" of member "bo" names no member of any team charter: did you mean "ada"?',
      },
    },
    {
      row: "a hire's reportsTo",
      name: 'team.charter.yaml',
      find: '      engineers: 4\n',
      replace: '      engineers: 4\n  hiring:\n    - role: pm\n      team: sellers\n      reportsTo: adaa\n',
      expected: {
        range: '37:18-37:22',
        severity: 'error',
        code: 'team-development/unknown-manager',
        message: 'The reportsTo "adaa" of hiring entry #1 names no member of any team charter: did you mean "ada"?',
      },
    },
    {
      row: "a hire's team",
      name: 'team.charter.yaml',
      find: '      engineers: 4\n',
      replace: '      engineers: 4\n  hiring:\n    - role: pm\n      team: seller\n      reportsTo: ada\n',
      expected: {
        range: '36:13-36:19',
        severity: 'warning',
        code: 'execution/unknown-team',
        message: 'The team "seller" of hiring entry #1 names no product team of any team charter: did you mean "sellers"?',
      },
    },
    {
      row: 'headOfProduct',
      name: 'team.charter.yaml',
      find: '  headOfProduct: ada\n',
      replace: '  headOfProduct: adam\n',
      expected: {
        range: '9:18-9:22',
        severity: 'error',
        code: 'team-development/unknown-manager',
        message: 'The headOfProduct "adam" of this team charter names no member of any team charter: did you mean "ada"?',
      },
    },
  ];

  for (const { row, name, find, replace, expected } of cases) {
    it(`reports ${row} that names nothing, at the value, by the rule the table names`, () => {
      const found = findingsAfter(name, find, replace).filter((finding) => finding.code === expected.code);
      assert.deepEqual(found, [expected]);
    });
  }

  it("takes a product team's techLead written as a name for a name, not a reference", () => {
    for (const name of ['Chris Doyle', 'Bob', 'bo (contractor)'])
      assert.deepEqual(
        findingsAfter('team.charter.yaml', '      engineers: 4\n', `      techLead: ${name}\n      engineers: 4\n`).filter(
          (finding) => finding.code === 'team-development/unknown-manager',
        ),
        [],
        name,
      );
  });

  it('reports at the same place in a file with CRLF line endings', () => {
    const files = workspace();
    const crlf = Object.fromEntries(
      Object.entries(files).map(([name, text]) => [
        name,
        (name === 'shop.roadmap.yaml' ? text.replace('      theme: storefront\n', '      theme: storefrnt\n') : text).replace(/\n/g, '\r\n'),
      ]),
    );
    assert.deepEqual(
      lintFiles(crlf)['shop.roadmap.yaml'].filter((finding) => finding.code === 'vision/item-without-theme'),
      [
        {
          range: '39:14-39:23',
          severity: 'warning',
          code: 'vision/item-without-theme',
          message: 'The theme "storefrnt" of item "shop-page" names no theme of this roadmap: did you mean "storefront"?',
        },
      ],
    );
  });

  it('cuts a runaway id to about 60 characters in the message', () => {
    const long = `shop-${'x'.repeat(200)}`;
    const found = findingsAfter('shop.roadmap.yaml', '      theme: stock\n', `      theme: ${long}\n`).filter((finding) => finding.code === 'vision/item-without-theme');
    assert.deepEqual(
      found.map((finding) => finding.message),
      [`The theme "shop-${'x'.repeat(54)}…" of item "stock-sync" names no theme of this roadmap: use the id of one of the roadmap's themes, or add the theme.`],
    );
  });

  it('looks for themes and objectives in the same roadmap only', () => {
    const files = workspace();
    const other = files['shop.roadmap.yaml']
      .replace('  id: shop-roadmap', '  id: other-roadmap')
      .replace(/ {4}- id: storefront\n[\s\S]*?(?= {4}- id: stock\n)/, '')
      .replace(
        / {2}items:[\s\S]*$/,
        '  items:\n    - id: page-two\n      title: Second page\n      horizon: later\n      theme: storefront\n      owner: bo\n      stage: opportunity\n',
      );
    const found = lintFiles({ ...files, 'other.roadmap.yaml': other })['other.roadmap.yaml'].filter((finding) => finding.code === 'vision/item-without-theme');
    assert.deepEqual(found, [
      {
        range: '33:14-33:24',
        severity: 'warning',
        code: 'vision/item-without-theme',
        message: 'The theme "storefront" of item "page-two" names no theme of this roadmap: use the id of one of the roadmap\'s themes, or add the theme.',
      },
    ]);
  });
});
