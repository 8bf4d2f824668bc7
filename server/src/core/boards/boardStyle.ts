import { THEME_CSS } from '../report/themeStyle';

/** The boards' style sheet: the shared theme colours, cards in columns, and a print layout for A4 and Letter paper. */
export const BOARD_CSS = `${THEME_CSS}
body { max-width: 90em; }
.statement { font-size: 1.6em; line-height: 1.3; font-weight: 600; margin: 0.3em 0 0.6em; }
.statement a { color: var(--fg); }
.facts { display: flex; flex-wrap: wrap; gap: 0.3em 1.6em; padding: 0; list-style: none; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16em, 1fr)); gap: 1em; align-items: start; }
.panel { border: 1px solid var(--border); border-radius: 6px; padding: 0.6em 1em; background: var(--box); }
.panel h3 { margin: 0.2em 0 0.5em; }
.panel ul { padding-left: 1.2em; margin: 0.3em 0; }
.panel dl { display: grid; grid-template-columns: auto 1fr; gap: 0.2em 0.6em; margin: 0; }
.panel dt { color: var(--muted); }
.panel dd { margin: 0; }
.tag { display: inline-block; border: 1px solid var(--border); border-radius: 3px; padding: 0 0.4em; font-size: 0.85em; }
.columns { display: grid; grid-template-columns: repeat(3, minmax(12em, 1fr)); gap: 1em; align-items: start; }
.columns-4 { grid-template-columns: repeat(4, minmax(12em, 1fr)); }
.columns-5 { grid-template-columns: repeat(5, minmax(12em, 1fr)); }
.column { border: 1px solid var(--border); border-radius: 6px; padding: 0.4em 0.6em; min-height: 6em; }
.column h4 { margin: 0.2em 0 0.5em; font-size: 1.05em; }
.column.drop-target { outline: 2px dashed var(--focus); }
.cards { list-style: none; padding: 0; margin: 0; }
.card { border: 1px solid var(--border); border-radius: 6px; background: var(--box); padding: 0.45em 0.6em; margin: 0 0 0.6em; break-inside: avoid; }
.card[draggable="true"] { cursor: grab; }
.card .title { font-weight: 600; }
.card dl { display: grid; grid-template-columns: auto 1fr; gap: 0 0.6em; margin: 0.3em 0 0; font-size: 0.9em; }
.card dt { color: var(--muted); }
.card dd { margin: 0; }
.badges { margin-top: 0.3em; font-size: 0.85em; }
.badge { margin-right: 0.8em; white-space: nowrap; }
.lane h3 { margin-bottom: 0.3em; }
.controls { display: flex; flex-wrap: wrap; gap: 0.6em 1.4em; align-items: center; margin: 0.6em 0; }
.controls select { color: var(--vscode-dropdown-foreground, var(--fg)); background: var(--vscode-dropdown-background, var(--bg)); border: 1px solid var(--vscode-dropdown-border, var(--border)); padding: 0.15em 0.3em; font: inherit; }
.themes dt { font-weight: 600; margin-top: 0.6em; }
.themes dd { margin-left: 1.2em; }
.status { min-height: 1.4em; }
@media print {
  .controls, .keyboard-help { display: none; }
  /* Columns share the paper's width whatever their content: long words wrap inside a card. */
  .columns { gap: 3mm; grid-template-columns: repeat(3, minmax(0, 1fr)); }
  .columns-4 { grid-template-columns: repeat(4, minmax(0, 1fr)); }
  .columns-5 { grid-template-columns: repeat(5, minmax(0, 1fr)); }
  .column { padding: 0.3em 0.4em; }
  .card, .panel { overflow-wrap: anywhere; }
  .card dl, .panel dl { grid-template-columns: auto minmax(0, 1fr); }
  .grid { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .grid > .panel:first-child { grid-column: 1 / -1; }
  .panel, .column, .card { background: none; }
  .panel, .card { break-inside: avoid; }
  .board { break-before: page; }
  .board:first-of-type { break-before: auto; }
}
`;
