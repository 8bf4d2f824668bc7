import * as path from 'node:path';
import { analyzeDocument, type SpecDocument } from '../../server/src/core';
import { rangeOf } from '../../server/src/core/locate';
import type { ReportInput } from '../../server/src/core/report/input';
import type { RuleMeta } from '../../server/src/core/rules/rule';
import type { Area, Finding, JsonPath, Severity, SpecKind } from '../../server/src/core/types';
import type { TreeNode } from '../../server/src/core/views/treeNode';

/** A finding a test places at a path of a fixture file. */
export interface Planted {
  readonly code: string;
  readonly severity: Exclude<Severity, 'hint'>;
  readonly path: JsonPath;
  readonly area?: Area;
  readonly message?: string;
}

const ROOT = path.resolve('/report-fixture');

export function uriOf(name: string): string {
  return `file://${path.join(ROOT, name)}`;
}

/** A rule's metadata with only what the report reads. */
export function rule(id: string, severity: Exclude<Severity, 'hint'>, kinds: SpecKind[]): RuleMeta {
  return {
    id,
    area: id.split('/')[0] as Area,
    severity,
    description: `Checks ${id}.`,
    rationale: '',
    options: {},
    kinds,
    examples: { fires: { file: 'a.vision.yaml', text: '' }, passes: { file: 'a.vision.yaml', text: '' } },
  };
}

/**
 * A report input from in-memory files and planted findings, independent of the rule catalogue:
 * the report's arithmetic and the trees' shape are tested on exactly the findings given.
 */
export function inputOf(files: Record<string, string>, planted: Record<string, Planted[]> = {}, options: { rules?: RuleMeta[]; off?: string[]; today?: string } = {}): ReportInput {
  const documents: SpecDocument[] = Object.entries(files).map(([name, text]) => analyzeDocument({ uri: uriOf(name), fileName: path.join(ROOT, name), text }));
  const findings = new Map<string, Finding[]>();
  for (const doc of documents) {
    const name = path.basename(doc.fileName);
    findings.set(
      doc.uri,
      (planted[name] ?? []).map((plant) => ({
        code: plant.code,
        severity: plant.severity,
        message: plant.message ?? `${plant.code} at ${plant.path.join('.')}`,
        range: rangeOf(doc.parsed, plant.path),
        path: plant.path,
        ...(plant.area ? { area: plant.area } : {}),
      })),
    );
  }
  return {
    documents,
    findings: (uri) => findings.get(uri) ?? [],
    rules: options.rules ?? [],
    isOff: (id) => (options.off ?? []).includes(id),
    today: options.today ?? '2026-11-25',
  };
}

/** A tree as lines a person reads: indentation for nesting, `label — description [problems and hints] @line`. */
export function outline(nodes: readonly TreeNode[], depth = 0): string[] {
  return nodes.flatMap((node) => {
    const findings = (node.problems ?? 0) + (node.hints ?? 0);
    const line =
      '  '.repeat(depth) +
      node.label +
      (node.description ? ` — ${node.description}` : '') +
      (findings ? ` [${findings}]` : '') +
      (node.location ? ` @${node.location.range.start.line + 1}` : '');
    return [line, ...outline(node.children ?? [], depth + 1)];
  });
}
