import { escapeHtml as esc } from './escape';

/** In a webview the page loads one script from the extension; an exported file runs no script at all. */
export type PageScript = { readonly cspSource: string; readonly scriptUri: string } | undefined;

export interface PageParts {
  readonly title: string;
  /** A fresh random value per page: only the page's own style and script carry it. */
  readonly nonce: string;
  readonly css: string;
  /** The page's content, placed in its `main` landmark. */
  readonly main: string;
  readonly script?: PageScript;
}

/** The one HTML page shell of the report, org chart and boards: language, Content-Security-Policy, style, main landmark. */
export function htmlPage(parts: PageParts): string {
  const { nonce, script } = parts;
  const csp = script
    ? `default-src 'none'; img-src ${script.cspSource} data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`
    : `default-src 'none'; img-src data:; style-src 'nonce-${nonce}';`;
  const tag = script ? `\n<script nonce="${esc(nonce)}" src="${esc(script.scriptUri)}"></script>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(parts.title)}</title>
<style nonce="${esc(nonce)}">${parts.css}</style>
</head>
<body>
<main>
${parts.main}
</main>${tag}
</body>
</html>
`;
}
