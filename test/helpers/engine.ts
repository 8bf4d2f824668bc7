import * as path from 'node:path';
import { Workspace, type Finding } from '../../server/src/core';

/** The date every test treats as today, unless it says otherwise. */
export const TODAY = '2026-11-25';

/** A finding as a test asserts it: 1-based `line:col-line:col`, severity, code and message. */
export interface Seen {
  readonly range: string;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

export interface LintFilesOptions {
  readonly today?: string;
  /** Text of a `.productspecs.yaml` at the root of the fixture workspace. */
  readonly config?: string;
}

const ROOT = path.resolve('/fixture-workspace');

/** Builds a workspace from in-memory files (name → text) and returns each file's findings. */
export function lintFiles(files: Record<string, string>, options: LintFilesOptions = {}): Record<string, Seen[]> {
  const workspace = new Workspace({ today: options.today ?? TODAY });
  if (options.config !== undefined) workspace.update(input('.productspecs.yaml', options.config));
  for (const [name, text] of Object.entries(files)) workspace.update(input(name, text));
  const out: Record<string, Seen[]> = {};
  for (const name of Object.keys(files)) {
    const uri = uriOf(name);
    const doc = workspace.document(uri);
    out[name] = doc ? workspace.findings(uri).map((finding) => seen(finding, doc.parsed.lines)) : [];
  }
  return out;
}

/** The findings of one file, optionally only those of one code. */
export function lintFile(name: string, text: string, options: LintFilesOptions & { code?: string; others?: Record<string, string> } = {}): Seen[] {
  const results = lintFiles({ ...options.others, [name]: text }, options);
  return results[name].filter((finding) => !options.code || finding.code === options.code);
}

function input(name: string, text: string): { uri: string; fileName: string; text: string } {
  return { uri: uriOf(name), fileName: path.join(ROOT, name), text };
}

function uriOf(name: string): string {
  return `file://${path.join(ROOT, name)}`;
}

export function seen(finding: Finding, lines: { position(offset: number): { line: number; character: number } }): Seen {
  const start = lines.position(finding.range.start);
  const end = lines.position(finding.range.end);
  return {
    range: `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`,
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
  };
}

/** A roadmap with one theme, around the item lines given (indented as list entries of `spec.items`). */
export function roadmapText(items: string): string {
  return `apiVersion: productspecs/v1
kind: Roadmap
metadata:
  id: acme-roadmap
spec:
  format: now-next-later
  themes:
    - id: faster-payouts
      name: Faster payouts
      problem: Merchants wait days for their money.
      needs: [get-paid-fast]
  items:
${items}`;
}
