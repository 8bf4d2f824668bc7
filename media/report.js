// The report page's only script. Links carry their target in data attributes; this script asks the
// extension to open them. The extension checks every request against the report before it acts.
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('[data-uri], [data-rule]') : null;
    if (!link) return;
    event.preventDefault();
    if (link.hasAttribute('data-uri')) {
      vscode.postMessage({
        command: 'open',
        uri: link.getAttribute('data-uri'),
        line: Number(link.getAttribute('data-line')),
        character: Number(link.getAttribute('data-character')),
      });
    } else {
      vscode.postMessage({ command: 'docs', rule: link.getAttribute('data-rule') });
    }
  });
})();
