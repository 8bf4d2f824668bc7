/**
 * The report's style sheet. Colours come from the editor's theme through its CSS variables, with
 * light fallbacks for an exported file opened in a browser.
 */
export const REPORT_CSS = `
:root {
  --fg: var(--vscode-foreground, #1f2328);
  --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #59636e);
  --border: var(--vscode-panel-border, #d1d9e0);
  --link: var(--vscode-textLink-foreground, #0969da);
  --box: var(--vscode-editorWidget-background, #f6f8fa);
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
.muted { color: var(--muted); }
table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid var(--border); padding: 0.25em 0.7em; text-align: left; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
ul.findings { list-style: none; padding-left: 0; }
ul.findings li { margin: 0.3em 0; }
.severity { display: inline-block; min-width: 4.5em; font-weight: 600; }
.severity.error { color: var(--error); }
.severity.warning { color: var(--warning); }
.severity.info, .severity.hint { color: var(--info); }
code { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); }
svg text { fill: var(--fg); font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: 12px; }
svg text.muted { fill: var(--muted); }
svg text.name { font-weight: 600; }
svg .track { fill: var(--box); stroke: var(--border); }
svg .bar.score { fill: var(--good); }
svg .bar.error { fill: var(--error); }
svg .bar.warning { fill: var(--warning); }
svg .bar.info { fill: var(--info); }
svg .box { fill: var(--box); stroke: var(--border); }
svg .box.outside { stroke-dasharray: 4 3; }
svg .badge.error { fill: var(--error); }
svg .badge.warning { fill: var(--warning); }
svg .badge.info { fill: var(--info); }
svg text.heading { font-weight: 600; }
svg text.badge-text { fill: var(--bg); font-size: 10px; font-weight: 600; }
svg .edge { fill: none; stroke: var(--muted); }
svg a:hover .box, svg a:focus .box { stroke: var(--link); stroke-width: 2; }
.chart { overflow-x: auto; margin: 0.6em 0; }
svg.org-chart.fit { max-width: 100%; height: auto; }
`;
