/** The responsibility report and the tree models: one model, several renderers. */
export * from './types';
export { reportInput, type ReportInput } from './input';
export { AREA_NAMES, buildReport, ruleDocsPath, TOP_FINDINGS } from './report';
export { SEVERITY_WEIGHTS, score } from './score';
export { renderMarkdown, type LinkOptions } from './markdown';
export { renderHtml, type HtmlLinks, type HtmlOptions } from './html';
export { renderJson } from './json';
