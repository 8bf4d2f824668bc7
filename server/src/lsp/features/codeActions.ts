import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { ruleIds, type Finding } from '../../core';
import { fixAllEdits, fixesFor } from '../../core/language/quickFixes';
import { toDiagnostic } from '../diagnostics';
import type { Feature } from './feature';
import { toWorkspaceEdit } from './shared';

/** The kind of the action that applies every unambiguous fix of a file. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.productSpecs`;

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.code === b.code &&
    a.message === b.message &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}

/** Quick fixes for the diagnostics under the cursor, "disable" comments, and a fix-all source action. */
export const codeActions: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } },
  register(context) {
    const index = context.workspace.index;
    context.connection.onCodeAction((params) => {
      const uri = params.textDocument.uri;
      const doc = context.document(uri);
      if (!doc) return null;
      const findings = context.workspace.findings(uri);
      const rules = ruleIds();
      const actions: CodeAction[] = [];
      if (wanted(params.context.only, CodeActionKind.QuickFix)) {
        for (const diagnostic of params.context.diagnostics) {
          const finding = findings.find((candidate: Finding) => sameDiagnostic(toDiagnostic(candidate, doc.parsed.lines), diagnostic));
          if (!finding) continue;
          for (const fix of fixesFor(doc, finding, index, rules)) {
            actions.push({
              title: fix.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              ...(fix.preferred ? { isPreferred: true } : {}),
              edit: toWorkspaceEdit(context, new Map([[uri, fix.edits]])),
            });
          }
        }
      }
      if (wanted(params.context.only, FIX_ALL_KIND)) {
        const edits = fixAllEdits(doc, findings, index, rules);
        if (edits.length > 0) {
          actions.push({ title: 'Fix all Product Specs problems that have an unambiguous fix', kind: FIX_ALL_KIND, edit: toWorkspaceEdit(context, new Map([[uri, edits]])) });
        }
      }
      return actions;
    });
  },
};
