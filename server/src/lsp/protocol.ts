/**
 * The custom requests between the extension and the language server, declared once and imported
 * by both sides. Their results are the engine's plain report and tree models.
 */
// Not `import { RequestType } from`: in the extension's bundle that copies the protocol module's hundreds of
// members into a new object on activation (see client/src/extension.ts).
import protocol = require('vscode-languageserver-protocol');
import type { SpecTemplate } from '../core/report/specTemplates';
import type { Report, TreeNode } from '../core/report/types';

const { RequestType } = protocol;

/** No parameters yet; an object so that fields can be added without breaking either side. */
export type ModelParams = Record<string, never>;

/** The Product Team tree: reporting lines, peers, product teams, open and planned hires. */
export const TeamRequest = new RequestType<ModelParams, TreeNode[], void>('productSpecs/team');

/** The responsibility report of the whole workspace. */
export const ReportRequest = new RequestType<ModelParams, Report, void>('productSpecs/report');

/** The Roadmap tree: now, next and later with their items. */
export const RoadmapRequest = new RequestType<ModelParams, TreeNode[], void>('productSpecs/roadmap');

export interface TemplateParams {
  readonly kind: 'Vision' | 'Roadmap' | 'TeamCharter';
}

/** A new spec file of a kind that checks with no errors in the current workspace. */
export const TemplateRequest = new RequestType<TemplateParams, SpecTemplate, void>('productSpecs/template');

// Everything the extension uses of the engine comes through this module: the models the requests
// return, and the few pure helpers the extension draws them with. The extension imports nothing else
// from the server (a test checks it).
export type { Location, NodeKind, Report, TreeNode } from '../core/report/types';
export type { SpecTemplate } from '../core/report/specTemplates';
export { isSpecFileName, kindFromFileName, SPEC_FILE_NAMES } from '../core/kinds';
export { count } from '../core/words';
export { severityCounts } from '../core/report/words';
export { ruleDocsPath } from '../core/ruleDocsPath';
export { renderHtml } from '../core/report/html';
export { renderMarkdown, type LinkOptions } from '../core/report/markdown';
export { responsibilityTree } from '../core/report/responsibilityTree';
