import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdits, changedUris, editsOf } from '../../helpers/applyEdits';
import { Session, type FileName } from './session';

describe('quick fixes over the language-server protocol', function () {
  this.timeout(30_000);
  let session: Session;

  before(async () => {
    session = await Session.start();
  });

  after(async () => {
    await session.stop();
  });

  interface Fixes {
    readonly text: string;
    readonly diagnostic: Diagnostic;
    readonly actions: CodeAction[];
    /** The text after applying the action with this title. */
    apply(title: string): string;
  }

  /** Opens `text`, then asks for the code actions of its diagnostic with `code` (and `message`, when given). */
  async function fixes(name: FileName, text: string, code: string, message?: string): Promise<Fixes> {
    const opened = await session.open(name, text);
    try {
      const diagnostic = opened.diagnostics.find((d) => d.code === code && (message === undefined || String(d.message).includes(message)));
      assert.ok(diagnostic, `no ${code} diagnostic among ${JSON.stringify(opened.diagnostics.map((d) => d.code))}`);
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: opened.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      const apply = (title: string): string => {
        const action = actions.find((candidate) => candidate.title === title);
        assert.ok(action, `no action "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
        assert.deepEqual(action.diagnostics, [diagnostic]);
        assert.deepEqual(changedUris(action.edit!), [opened.uri]);
        const { version, edits } = editsOf(action.edit!, opened.uri);
        assert.equal(typeof version, 'number', 'the edit names the version of the open document it was computed for');
        return applyEdits(text, edits);
      };
      return { text, diagnostic, actions, apply };
    } finally {
      await session.close(name);
    }
  }

  const titles = (actions: CodeAction[]) => actions.map((action) => `${action.title}${action.isPreferred ? ' (preferred)' : ''}`);

  it('turns an unknown key into the key it was probably meant to be', async () => {
    const text = session.edited('shop.roadmap.yaml', '      stage: discovery\n', '      stage: discovery\n      confidance: low # to check\n');
    const fixed = await fixes('shop.roadmap.yaml', text, 'schema/unknown-property');
    assert.deepEqual(titles(fixed.actions), ['Change "confidance" to "confidence" (preferred)']);
    assert.equal(fixed.apply('Change "confidance" to "confidence"'), text.replace('confidance: low # to check', 'confidence: low # to check'));
  });

  it('inserts a missing required property at the right indentation, in schema order, with a placeholder', async () => {
    const text = session.edited('shop.roadmap.yaml', '      title: A page for every shop\n', '');
    const fixed = await fixes('shop.roadmap.yaml', text, 'schema/required');
    assert.deepEqual(titles(fixed.actions), ['Add the missing property "title" (preferred)']);
    assert.equal(fixed.apply('Add the missing property "title"'), session.text('shop.roadmap.yaml').replace('      title: A page for every shop\n', '      title: ""\n'));
  });

  it('offers each alternative when one of two properties is required', async () => {
    const text = session.edited('shop.roadmap.yaml', '      horizon: next\n', '');
    const fixed = await fixes('shop.roadmap.yaml', text, 'schema/required');
    assert.equal(fixed.diagnostic.message, 'spec.items[1] ("stock-sync") needs "horizon" or "timeframe".');
    assert.deepEqual(titles(fixed.actions), ['Add the missing property "horizon"', 'Add the missing property "timeframe"']);
    const title = '      title: "Stock sync from the till"\n';
    assert.equal(fixed.apply('Add the missing property "horizon"'), text.replace(title, `${title}      horizon: ""\n`));
    assert.equal(fixed.apply('Add the missing property "timeframe"'), text.replace(title, `${title}      timeframe: ""\n`));
  });

  it('inserts a missing mapping with its own required properties', async () => {
    const text = session.edited('shop.roadmap.yaml', 'metadata:\n  id: shop-roadmap\n  product: Corner Shop\n  vision: shop-vision\n  owner: ada\n', '');
    const fixed = await fixes('shop.roadmap.yaml', text, 'schema/required', '"metadata"');
    assert.equal(fixed.apply('Add the missing property "metadata"'), text.replace('kind: Roadmap\n', 'kind: Roadmap\nmetadata:\n  id: ""\n'));
  });

  it('corrects a misspelled kind, format version or rule id in a suppression comment', async () => {
    const kind = await fixes('shop.roadmap.yaml', session.edited('shop.roadmap.yaml', 'kind: Roadmap', 'kind: Roadmp'), 'spec/unknown-kind');
    assert.deepEqual(titles(kind.actions), ['Change "Roadmp" to "Roadmap" (preferred)']);
    assert.equal(kind.apply('Change "Roadmp" to "Roadmap"'), session.text('shop.roadmap.yaml'));
    const version = await fixes('shop.roadmap.yaml', session.edited('shop.roadmap.yaml', 'productspecs/v1', "'productspecs/v2'"), 'schema/const');
    assert.equal(version.apply('Change "productspecs/v2" to "productspecs/v1"'), session.text('shop.roadmap.yaml').replace('productspecs/v1', "'productspecs/v1'"));
    const comment = '    # product-specs-disable-next-line execution/unknown-ownr\n';
    const rule = await fixes('shop.roadmap.yaml', session.edited('shop.roadmap.yaml', '    - id: stock-sync\n', `${comment}    - id: stock-sync\n`), 'suppression/unknown-rule');
    assert.deepEqual(titles(rule.actions), ['Change "execution/unknown-ownr" to "execution/unknown-owner" (preferred)']);
    assert.equal(rule.apply('Change "execution/unknown-ownr" to "execution/unknown-owner"'), rule.text.replace('unknown-ownr', 'unknown-owner'));
  });

  it('replaces a value outside an enum by each allowed value, the closest preferred, keeping quotes', async () => {
    const text = session.edited('shop.roadmap.yaml', '      stage: discovery', '      stage: "discvery"');
    const fixed = await fixes('shop.roadmap.yaml', text, 'schema/enum');
    assert.deepEqual(titles(fixed.actions), [
      'Change "discvery" to "opportunity"',
      'Change "discvery" to "discovery" (preferred)',
      'Change "discvery" to "validated"',
      'Change "discvery" to "delivery"',
      'Change "discvery" to "released"',
    ]);
    assert.equal(fixed.apply('Change "discvery" to "discovery"'), text.replace('"discvery"', '"discovery"'));
    assert.equal(fixed.apply('Change "discvery" to "released"'), text.replace('"discvery"', '"released"'));
  });

  it('replaces an unknown reference by the closest id, and disables the rule for the line or the file', async () => {
    const text = session.edited('shop.roadmap.yaml', '      owner: bo\n      team', '      owner: boo\n      team');
    const fixed = await fixes('shop.roadmap.yaml', text, 'execution/unknown-owner');
    assert.deepEqual(titles(fixed.actions), ['Change "boo" to "bo" (preferred)', 'Disable execution/unknown-owner for this line', 'Disable execution/unknown-owner for this file']);
    assert.equal(fixed.apply('Change "boo" to "bo"'), session.text('shop.roadmap.yaml'));
    const forLine = fixed.apply('Disable execution/unknown-owner for this line');
    assert.equal(forLine, text.replace('      owner: boo\n', '      # product-specs-disable-next-line execution/unknown-owner\n      owner: boo\n'));
    const forFile = fixed.apply('Disable execution/unknown-owner for this file');
    assert.equal(forFile, `# product-specs-disable execution/unknown-owner\n${text}`);
    for (const disabled of [forLine, forFile]) {
      const reopened = await session.open('shop.roadmap.yaml', disabled);
      await session.close('shop.roadmap.yaml');
      assert.deepEqual(
        reopened.diagnostics.map((d) => d.code),
        [],
      );
    }
  });

  it('keeps the quotes of a quoted reference and adds to an existing disable comment', async () => {
    const text = session.edited('shop.roadmap.yaml', "      owner: 'cy'", "      # product-specs-disable-next-line execution/unknown-team\n      owner: 'cyy'");
    const fixed = await fixes('shop.roadmap.yaml', text, 'execution/unknown-owner');
    assert.equal(fixed.apply('Change "cyy" to "cy"'), text.replace("'cyy'", "'cy'"));
    assert.equal(
      fixed.apply('Disable execution/unknown-owner for this line'),
      text.replace('# product-specs-disable-next-line execution/unknown-team\n', '# product-specs-disable-next-line execution/unknown-team execution/unknown-owner\n'),
    );
  });

  it('adds an outcome to a now item, a metric to a goal, and the Head of Product as a missing owner', async () => {
    const outcome = '      outcome:\n        metric: Shops with a published page\n        baseline: 0\n        target: 300\n';
    const now = await fixes('shop.roadmap.yaml', session.edited('shop.roadmap.yaml', outcome, ''), 'execution/now-without-outcome');
    assert.deepEqual(titles(now.actions), [
      'Add an outcome with a metric and a target (preferred)',
      'Disable execution/now-without-outcome for this line',
      'Disable execution/now-without-outcome for this file',
    ]);
    assert.equal(
      now.apply('Add an outcome with a metric and a target'),
      session.text('shop.roadmap.yaml').replace(outcome, '      outcome:\n        metric: ""\n        target: ""\n'),
    );

    const metric = await fixes('shop.vision.yaml', session.edited('shop.vision.yaml', '      metric: 12-month shop retention\n', ''), 'vision/goal-without-metric');
    assert.equal(metric.apply('Add a metric'), session.text('shop.vision.yaml').replace('      metric: 12-month shop retention\n', '      metric: ""\n'));

    const owner = await fixes('shop.vision.yaml', session.edited('shop.vision.yaml', '  owner: ada\n', ''), 'vision/owner-missing');
    assert.equal(owner.apply('Set the owner to Ada Lovel (ada), the Head of Product'), session.text('shop.vision.yaml'));
  });

  it('removes an estimated date from an item that is not worked on now', async () => {
    const date = '      date:\n        value: 2027-03-01\n        type: estimate\n';
    const text = session.edited('shop.roadmap.yaml', '      dependsOn: [shop-page]\n', `      dependsOn: [shop-page]\n${date}`);
    const fixed = await fixes('shop.roadmap.yaml', text, 'execution/far-date-commitment');
    assert.equal(fixed.apply('Remove the estimated date'), session.text('shop.roadmap.yaml'));
  });

  it('applies every unambiguous fix at once, keeping comments, blank lines and quoting', async () => {
    const text = session
      .edited('shop.roadmap.yaml', '      stage: discovery\n', '      stage: "discvery"  # still exploring\n      confidance: low\n')
      .replace('      owner: bo\n      team', '      owner: boo\n      team')
      .replace('dependsOn: [shop-page]', 'dependsOn: [shop-pag]')
      .replace('      visionGoal: grow-shops', '      visionGoal: grow-shop')
      .replace('      title: A page for every shop\n', '');
    const opened = await session.open('shop.roadmap.yaml', text);
    try {
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: opened.uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.deepEqual(
        actions.map((action) => [action.title, action.kind]),
        [['Fix all Product Specs problems that have an unambiguous fix', 'source.fixAll.productSpecs']],
      );
      const fixed = applyEdits(text, editsOf(actions[0].edit!, opened.uri).edits);
      assert.equal(
        fixed,
        session
          .edited('shop.roadmap.yaml', '      stage: discovery\n', '      stage: "discovery"  # still exploring\n      confidence: low\n')
          .replace('      title: A page for every shop\n', ''),
      );
    } finally {
      await session.close('shop.roadmap.yaml');
    }
  });
});
