/**
 * The custom requests between the extension and the language server, declared once and imported
 * by both sides. Their results are the engine's plain report and tree models.
 */
// Not `import { RequestType } from`: in the extension's bundle that copies the protocol module's hundreds of
// members into a new object on activation (see client/src/extension.ts).
import protocol = require('vscode-languageserver-protocol');
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { Boards } from '../core/boards/types';
import type { Horizon } from '../core/model/horizon';
import type { SpecTemplate } from '../core/templates/specTemplate';
import type { Report } from '../core/report/types';
import type { TreeNode } from '../core/views/treeNode';

const { RequestType } = protocol;

/** No parameters yet; an object so that fields can be added without breaking either side. */
export type ModelParams = Record<string, never>;

/** The Product Team tree: reporting lines, peers, product teams, open and planned hires. */
export const TeamRequest = new RequestType<ModelParams, TreeNode[], void>('productSpecs/team');

/** The Responsibilities tree: the four areas with their score, the rules with findings, their findings; empty without spec files. */
export const ResponsibilitiesRequest = new RequestType<ModelParams, TreeNode[], void>('productSpecs/responsibilities');

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

/** The vision boards and roadmap boards of the workspace, as the editor's text shows them. */
export const BoardsRequest = new RequestType<ModelParams, Boards, void>('productSpecs/boards');

export interface MoveCardParams {
  /** The roadmap file. */
  readonly uri: string;
  /** The item's index in `spec.items` and its id, as the board showed them. */
  readonly index: number;
  readonly id: string;
  readonly to: Horizon;
}

/** The edit that moves a card, versioned like a quick fix's; or why it cannot be made. An empty edit when the card is already there. */
export type MoveCardResult = { readonly edit: WorkspaceEdit } | { readonly error: string };

export const MoveCardRequest = new RequestType<MoveCardParams, MoveCardResult, void>('productSpecs/moveCard');

// Everything the extension uses of the engine comes through this module: the models the requests
// return, and the few pure helpers the extension draws them with. The extension imports nothing else
// from the server (a test checks it).
export type { Location, Report } from '../core/report/types';
export type { NodeKind, TreeNode } from '../core/views/treeNode';
export type { SpecTemplate } from '../core/templates/specTemplate';
export type { Boards } from '../core/boards/types';
export type { BoardView } from '../core/boards/roadmapBoardHtml';
export type { Horizon } from '../core/model/horizon';
export { CONFIG_FILE_NAME, declaresProductSpec, isSpecFileName, kindFromFileName, SPEC_FILE_NAMES } from '../core/kinds';
export { SKIPPED_FOLDERS_GLOB } from '../core/skippedFolders';
export { count } from '../core/words';
export { findingWords, severityCounts } from '../core/report/words';
export { ruleDocsPath } from '../core/ruleDocsPath';
export { docsLinker, repositoryUrlOf } from '../core/ruleDocs';
export { renderHtml } from '../core/report/html';
export { renderMarkdown, type LinkOptions } from '../core/report/markdown';
export { renderBoardsHtml, renderBoardsMain } from '../core/boards/boardsHtml';
export { SERVER_NODE_OPTIONS } from './nodeOptions';
