// Integration tests in a real VS Code: the extension on a copy of examples/acme (today 2026-11-25),
// through the `vscode` API. The same checks as the end-to-end test in code-server (test/e2e/run.js),
// except the tree views, whose content the extension does not expose through an API.

import * as assert from 'node:assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'product-specs.product-specs';
const TIMEOUT = 60000;

/** The example's diagnostics: file, 1-based line and column, severity, message, rule. */
const EXPECTED_DIAGNOSTICS = [
  'acme.roadmap.yaml:145:14 error "done" is not a valid value for "stage". Use one of: opportunity, discovery, validated, delivery, released. (schema/enum)',
  'acme.roadmap.yaml:268:7 warning Item "smart-retries" has 2 accountable stakeholders ("mia" and "Head of Risk and Compliance"): keep exactly one A, the person who decides, and make the others R, C or I. (execution/raci-accountable)',
  'acme.roadmap.yaml:315:7 warning Now item "faster-identity-checks" has no outcome: add an outcome with the metric that should move and the target that means success, so the team knows what it is working towards. (execution/now-without-outcome)',
  'acme.roadmap.yaml:341:7 warning Now item "weekly-sales-digest" is in discovery with no assumption test: consider testing its riskiest assumption (value, usability, feasibility or viability) before building it. (culture/untested-assumptions)',
  'acme.roadmap.yaml:379:7 error Unknown property "confidance" in spec.items[7] ("express-checkout"). Did you mean "confidence"? (schema/unknown-property)',
  'acme.vision.yaml:112:7 warning Goal "be-recommended" has no metric: add the metric that measures progress and its target, so the goal can guide trade-offs. (vision/goal-without-metric)',
  'team.charter.yaml:79:25 warning Member "mia" was last assessed 148 days ago (2026-06-30): consider a skills assessment at least every 90 days so coaching targets the right gaps. (team-development/stale-assessment)',
  'team.charter.yaml:91:7 warning Associate PM "leo" has no mentor: consider pairing them with a senior PM, group PM, director or the Head of Product (coaching.mentor). (team-development/junior-without-mentor)',
  'team.charter.yaml:221:7 warning Product team "merchant-insights" has no designer (a product-designer hire for it is interviewing): consider who covers design until the hire starts, so design takes part in discovery from the start. (culture/team-without-designer)',
];

const MEMBER_IDS = ['dana', 'ravi', 'sam', 'mia', 'leo', 'nora', 'theo', 'lea', 'kai', 'finn', 'ines', 'omar', 'yuki'];

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code opened no folder: the runner passes the copy of examples/acme as the first launch argument');
  return folder.uri;
}

function fileUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), name);
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Every Product Specs diagnostic of the workspace, as `file:line:column severity message (rule)`, in file and line order. */
function diagnosticLines(): string[] {
  const root = workspaceFolder().toString();
  const lines: Array<{ file: string; line: number; text: string }> = [];
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    if (!uri.toString().startsWith(root)) continue;
    const file = uri.toString().slice(root.length + 1);
    for (const d of diagnostics) {
      if (d.source !== 'product-specs') continue;
      const { line, character } = d.range.start;
      lines.push({ file, line, text: `${file}:${line + 1}:${character + 1} ${SEVERITIES[d.severity]} ${d.message} (${codeOf(d)})` });
    }
  }
  return lines.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line).map((l) => l.text);
}

/**
 * Resolves with `check()`'s value once it is neither undefined nor false, checking at once and
 * whenever one of `events` fires; rejects after `timeout` ms with what `seen()` returns then.
 */
function waitFor<T>(
  what: string,
  check: () => T | undefined | false,
  events: ReadonlyArray<vscode.Event<unknown>>,
  seen: () => unknown = () => undefined,
  timeout = TIMEOUT,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const done = (fn: () => void): void => {
      clearTimeout(timer);
      subscriptions.forEach((s) => s.dispose());
      fn();
    };
    const test = (): void => {
      const value = check();
      if (value !== undefined && value !== false) done(() => resolve(value));
    };
    const timer = setTimeout(() => done(() => reject(new Error(`timed out after ${timeout} ms waiting for ${what}; last seen: ${JSON.stringify(seen(), null, 2)}`))), timeout);
    for (const event of events) subscriptions.push(event(test));
    test();
  });
}

function waitForDiagnostics(what: string, predicate: (lines: string[]) => boolean): Promise<string[]> {
  return waitFor(
    what,
    () => {
      const lines = diagnosticLines();
      return predicate(lines) ? lines : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    diagnosticLines,
  );
}

/** The 0-based number of the first line of `doc` matching `re`, at or after the first line matching `after`. */
function lineOf(doc: vscode.TextDocument, re: RegExp, after?: RegExp): number {
  const lines = doc.getText().split(/\r?\n/);
  const from = after ? lines.findIndex((l) => after.test(l)) : 0;
  assert.ok(from >= 0, `no line matching ${after} in ${doc.fileName}`);
  const index = lines.findIndex((l, i) => i >= from && re.test(l));
  assert.ok(index >= 0, `no line matching ${re} in ${doc.fileName}`);
  return index;
}

/** Replaces a range of the document and saves it. */
async function replace(doc: vscode.TextDocument, range: vscode.Range, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, range, text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was applied');
  assert.ok(await doc.save(), 'the document was saved');
}

describe('Product Specs in VS Code on examples/acme', function () {
  this.timeout(TIMEOUT * 2);

  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    await extension.activate();
  });

  it("reports the example's diagnostics: schema errors and a hint of each area", async () => {
    const lines = await waitForDiagnostics('the nine diagnostics of examples/acme', (l) => l.length === EXPECTED_DIAGNOSTICS.length);
    assert.deepStrictEqual(lines, EXPECTED_DIAGNOSTICS);
  });

  it('contributes the Product Team, Responsibilities and Roadmap views and shows them', async () => {
    // Each contributed view gets a `<view id>.focus` command; focusing it reveals the container.
    for (const view of ['productSpecs.team', 'productSpecs.responsibilities', 'productSpecs.roadmap']) {
      await vscode.commands.executeCommand(`${view}.focus`);
    }
    await vscode.commands.executeCommand('productSpecs.refreshViews');
  });

  it('"Show Responsibility Report" opens the report page', async () => {
    await vscode.commands.executeCommand('productSpecs.showReport');
    const tabs = (): vscode.Tab[] => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const tab = await waitFor(
      'the report tab',
      () => tabs().find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('productSpecs.report')),
      [vscode.window.tabGroups.onDidChangeTabs],
      () => tabs().map((t) => t.label),
    );
    assert.strictEqual(tab.label, 'Responsibility Report');
    assert.ok(await vscode.window.tabGroups.close(tab));
  });

  it("offers the member ids as completion for a roadmap item's owner", async () => {
    const doc = await vscode.workspace.openTextDocument(fileUri('acme.roadmap.yaml'));
    await vscode.window.showTextDocument(doc);
    const line = lineOf(doc, /^ {6}owner: sam$/, /- id: real-time-ledger/);
    await replace(doc, new vscode.Range(line, 13, line, 16), '');
    try {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, 13));
      const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      assert.deepStrictEqual(
        labels.filter((l) => MEMBER_IDS.includes(l)),
        MEMBER_IDS,
      );
      const dana = list.items.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'dana');
      assert.strictEqual(dana?.detail, 'Dana Whitfield · Head of Product');
    } finally {
      await replace(doc, new vscode.Range(line, 13, line, 13), 'sam');
    }
    assert.strictEqual(doc.lineAt(line).text, '      owner: sam');
  });

  it('the quick fix on "confidance" renames it to "confidence"', async () => {
    const doc = await vscode.workspace.openTextDocument(fileUri('acme.roadmap.yaml'));
    const line = lineOf(doc, /^ {6}confidance: high$/);
    const range = new vscode.Range(line, 6, line, 16);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Change "confidance" to "confidence"');
    assert.ok(fix, `quick fixes offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(fix.edit, 'the fix carries its edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.strictEqual(doc.lineAt(line).text, '      confidence: high');
    assert.ok(await doc.save());
    await waitForDiagnostics('the unknown-property error to go away', (l) => l.length === EXPECTED_DIAGNOSTICS.length - 1 && !l.some((d) => d.includes('confidance')));
  });

  it('breaking a file adds a diagnostic, fixing it removes it', async () => {
    const doc = await vscode.workspace.openTextDocument(fileUri('acme.roadmap.yaml'));
    const line = lineOf(doc, /^ {6}horizon: now$/, /- id: real-time-ledger/);
    const value = new vscode.Range(line, 15, line, 18);
    const broken = `acme.roadmap.yaml:${line + 1}:16 error "soon" is not a valid value for "horizon". Use one of: now, next, later. (schema/enum)`;

    await replace(doc, value, 'soon');
    await waitForDiagnostics('the horizon error', (l) => l.includes(broken));

    await replace(doc, new vscode.Range(line, 15, line, 19), 'now');
    assert.strictEqual(doc.lineAt(line).text, '      horizon: now');
    const lines = await waitForDiagnostics('the horizon error to go away', (l) => !l.includes(broken) && l.length === EXPECTED_DIAGNOSTICS.length - 1);
    assert.deepStrictEqual(
      lines,
      EXPECTED_DIAGNOSTICS.filter((d) => !d.includes('confidance')),
    );
  });
});
