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

/**
 * Where the server cannot read the workspace itself (in the browser), it asks the extension, which reads
 * through `vscode.workspace.fs`: the spec and configuration files of the workspace folders with their
 * text, and the text of one file (null when it is gone or is no spec file).
 */
export interface WorkspaceFilesParams {
  /** The workspace folders' uris. */
  readonly folders: readonly string[];
}
export interface WorkspaceFile {
  readonly uri: string;
  readonly text: string;
}
export const WorkspaceFilesRequest = new RequestType<WorkspaceFilesParams, WorkspaceFile[], void>('productSpecs/workspaceFiles');

export interface ReadFileParams {
  readonly uri: string;
}
export const ReadFileRequest = new RequestType<ReadFileParams, string | null, void>('productSpecs/readFile');
