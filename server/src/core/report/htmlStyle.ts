import { THEME_CSS } from './themeStyle';

/**
 * The report's style sheet. Colours come from the editor's theme through its CSS variables, with
 * light fallbacks for an exported file opened in a browser.
 */
export const REPORT_CSS = `${THEME_CSS}
table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid var(--border); padding: 0.25em 0.7em; text-align: left; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
ul.findings { list-style: none; padding-left: 0; }
ul.findings li { margin: 0.3em 0; }
ul.findings a { text-decoration: underline; }
.why { margin: 0.15em 0 0.5em; font-size: 0.92em; }
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
