/**
 * The colours and base styles every page shares (report, org chart, boards). Colours come from the
 * editor's theme through its CSS variables (light, dark and both high-contrast kinds), with light
 * fallbacks for an exported file opened in a browser. Text always uses the foreground, link or
 * muted colour; severity colours only mark shapes, so that every theme keeps text readable.
 */
export const THEME_CSS = `
:root {
  --fg: var(--vscode-foreground, #1f2328);
  --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #59636e);
  --border: var(--vscode-contrastBorder, var(--vscode-panel-border, #d1d9e0));
  --link: var(--vscode-textLink-foreground, #0969da);
  --box: var(--vscode-editorWidget-background, #f6f8fa);
  --focus: var(--vscode-focusBorder, #0969da);
  --error: var(--vscode-charts-red, #cf222e);
  --warning: var(--vscode-charts-yellow, #bf8700);
  --info: var(--vscode-charts-blue, #0969da);
  --good: var(--vscode-charts-green, #1a7f37);
}
body { color: var(--fg); background: var(--bg); font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 14px); margin: 0 auto; padding: 1em 2em 3em; max-width: 72em; line-height: 1.45; }
h1, h2, h3 { font-weight: 600; }
h2 { border-bottom: 1px solid var(--border); padding-bottom: 0.2em; margin-top: 1.6em; }
a { color: var(--link); text-decoration: none; cursor: pointer; }
a:hover, a:focus { text-decoration: underline; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.muted { color: var(--muted); }
code { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); color: inherit; }
.severity { display: inline-block; min-width: 4.5em; font-weight: 600; }
.severity::before, .badge::before { content: ""; display: inline-block; width: 0.7em; height: 0.7em; border-radius: 50%; margin-right: 0.35em; background: var(--info); border: 1px solid var(--fg); }
.severity.error::before, .badge.error::before { background: var(--error); border-radius: 0; }
.severity.warning::before, .badge.warning::before { background: var(--warning); border-radius: 0; transform: rotate(45deg) scale(0.85); }
@media print {
  @page { margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  li, tr, svg { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  .chart { overflow: visible; }
  svg { max-width: 100%; height: auto; }
  a { color: inherit; text-decoration: underline; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
