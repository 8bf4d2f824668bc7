import * as assert from 'node:assert/strict';
import type { Hover, MarkupContent, Range } from 'vscode-languageserver-protocol';
import { ruleById } from '../../../server/src/core';
import { Session, type FileName } from './session';

/** 1-based `line:col-line:col`, as the editor shows positions. */
function span(range: Range | undefined): string {
  return range ? `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}` : 'none';
}

describe('hover over the language-server protocol', function () {
  this.timeout(30_000);
  let session: Session;

  before(async () => {
    session = await Session.start();
  });

  after(async () => {
    await session.stop();
  });

  /** Hovers at the cursor marker put in place of `find`. */
  async function hoverAt(name: FileName, find: string, replace: string): Promise<{ markdown: string; range: string } | null> {
    const opened = await session.openAt(name, session.edited(name, find, replace));
    try {
      const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri: opened.uri }, position: opened.position });
      return hover && { markdown: (hover.contents as MarkupContent).value, range: span(hover.range) };
    } finally {
      await session.close(name);
    }
  }

  it("shows the schema's description of a key with what it takes", async () => {
    assert.deepEqual(await hoverAt('shop.roadmap.yaml', '      stage: delivery', '      st<|>age: delivery'), {
      markdown:
        '**stage** · one of opportunity, discovery, validated, delivery, released\n\n' +
        "How far the item has come: opportunity (a problem worth exploring), discovery (testing solutions), validated (evidence says build it), delivery (being built), released (in customers' hands, outcome being measured).",
      range: '43:7-43:12',
    });
    assert.deepEqual(await hoverAt('shop.roadmap.yaml', '      visionGoal: grow-shops', '      vision<|>Goal: grow-shops'), {
      markdown: '**visionGoal** · vision goal id\n\nThe vision goal (id) this objective moves. It is the thread from quarterly work to the long-term vision.',
      range: '13:7-13:17',
    });
  });

  it("shows a member's name, role and manager on an owner", async () => {
    assert.deepEqual(await hoverAt('shop.roadmap.yaml', '      owner: bo\n      team', '      owner: <|>bo\n      team'), {
      markdown: '**Bo Chen** · Senior PM\n\nManager: Ada Lovel (`ada`)  \nTeams: Sellers (`sellers`)\n\n_Member `bo` in team.charter.yaml_',
      range: '41:14-41:16',
    });
  });

  it("shows a goal's statement and metric on visionGoal", async () => {
    assert.deepEqual(await hoverAt('shop.roadmap.yaml', '      visionGoal: grow-shops', '      visionGoal: grow-sh<|>ops'), {
      markdown:
        '**Become the way corner shops sell online.** · Vision goal\n\nMetric: Shops with a weekly online sale  \nTarget: 5000\n\n_Vision goal `grow-shops` in shop.vision.yaml_',
      range: '13:19-13:29',
    });
  });

  it("shows an item's title, horizon and owner on a dependency, and a team's people on a team", async () => {
    assert.deepEqual(await hoverAt('shop.roadmap.yaml', '      dependsOn: [shop-page]', '      dependsOn: [shop-<|>page]'), {
      markdown:
        '**A page for every shop** · Roadmap item\n\nHorizon: now  \nStage: delivery  \nOwner: Bo Chen (`bo`)  \nTeam: Sellers (`sellers`)  \nTheme: A shop window online (`storefront`)  \nObjective: Shops make their first online sale in a week (`first-sales`)\n\n_Roadmap item `shop-page` in shop.roadmap.yaml_',
      range: '56:19-56:28',
    });
    assert.deepEqual(await hoverAt('shop.roadmap.yaml', "      owner: 'cy'\n      team: sellers", "      owner: 'cy'\n      team: <|>sellers"), {
      markdown:
        '**Sellers** · Product team\n\nMission: Shops sell online from day one.  \nPM: Bo Chen (`bo`)  \nDesigner: Cy Park (`cy`)  \nEngineers: 4\n\n_Product team `sellers` in team.charter.yaml_',
      range: '54:13-54:20',
    });
  });

  it('shows the text of a quoted id without its quotes', async () => {
    const hover = await hoverAt('shop.roadmap.yaml', "      owner: 'cy'", "      owner: 'c<|>y'");
    assert.equal(hover?.range, '53:15-53:17');
    assert.ok(hover?.markdown.startsWith('**Cy Park** · Product designer\n\n'));
  });

  it('counts the references of an id where it is defined', async () => {
    assert.deepEqual(await hoverAt('team.charter.yaml', '    - id: bo', '    - id: <|>bo'), {
      markdown: '**Bo Chen** · Senior PM\n\nManager: Ada Lovel (`ada`)  \nTeams: Sellers (`sellers`)\n\n_Member `bo` in team.charter.yaml_\n\n3 references',
      range: '17:11-17:13',
    });
  });

  it('says when a reference names nothing', async () => {
    assert.deepEqual(await hoverAt('shop.roadmap.yaml', '      owner: bo\n      team', '      owner: b<|>oo\n      team'), {
      markdown: 'No member with the id `boo` is defined in the workspace.',
      range: '41:14-41:17',
    });
  });

  it('explains an enum value, then the key', async () => {
    const hover = await hoverAt('shop.roadmap.yaml', '      horizon: next', '      horizon: ne<|>xt');
    assert.deepEqual(hover, {
      markdown:
        '`next`: being shaped through discovery\n\n**horizon** · one of now, next, later\n\nWhen the item is worked on. Now: in progress, with clear outcomes. Next: being shaped through discovery. Later: a direction, not a commitment.',
      range: '51:16-51:20',
    });
  });

  it('explains a rule where the configuration sets it and where a comment disables it', async () => {
    const span = ruleById('team-development/span-of-control')!.meta;
    const expected =
      `**team-development/span-of-control** · team-development · warning by default\n\n${span.description}\n\n${span.rationale}\n\nOptions:\n` +
      '- `max` (default 8): The most direct reports a manager should have before the rule warns.\n' +
      '- `hardMax` (default 12): Above this many direct reports the finding is an error.';
    assert.deepEqual(await hoverAt('.productspecs.yaml', 'today: 2026-11-25\n', 'today: 2026-11-25\nrules:\n  team-development/span-<|>of-control: [warning, { max: 6 }]\n'), {
      markdown: expected,
      range: '3:3-3:35',
    });
    const comment = await hoverAt(
      'team.charter.yaml',
      '  members:\n',
      '  members:\n    # product-specs-disable-next-line culture/no-celebration, team-development/span-of-<|>control\n',
    );
    assert.deepEqual(comment, { markdown: expected, range: '14:63-14:95' });
  });

  it('describes plain values by their key, and shows nothing on comments', async () => {
    const hover = await hoverAt('shop.vision.yaml', '      target: 5000', '      target: 50<|>00');
    assert.equal(hover?.markdown, '**target** · number or text\n\nThe level of the metric that means the goal is reached, at the vision horizon.');
    assert.equal(await hoverAt('shop.roadmap.yaml', '    # the first thing shops see', '    # the <|>first thing shops see'), null);
  });
});
