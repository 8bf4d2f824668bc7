/** The Product Specs engine: parse, validate, hint. Free of editor imports. */
export * from './types';
export { LineIndex } from './lineIndex';
export { analyzeDocument, type SpecDocument } from './specDocument';
export { Workspace, type DocumentInput, type WorkspaceOptions } from './workspace';
export { WorkspaceIndex } from './workspaceIndex';
export { CONFIG_FILE_NAME, declaresProductSpec, isSpecFileName, kindFromFileName } from './kinds';
export { RULES, ruleById, ruleIds } from './rules';
export type { Rule, RuleMeta } from './rules/rule';
