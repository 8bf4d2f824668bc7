// The board pages' only script. Links carry their target in data attributes and cards what a move
// names; this script asks the extension to open or move them. The extension checks every request
// against the boards before it acts. When the specs change the extension sends new content, which
// replaces the old without losing the focused card.
(function () {
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('board-content');
  const status = document.querySelector('.status');
  const COLUMNS = ['now', 'next', 'later'];

  /** @param {unknown} element @returns {Element | null} */
  const cardOf = (element) => (element instanceof Element ? element.closest('.card[data-id]') : null);
  /** @param {ParentNode} parent @returns {HTMLElement[]} */
  const titlesIn = (parent) => Array.from(parent.querySelectorAll('.card[data-id] .title')).filter((title) => title instanceof HTMLElement);
  const titles = () => titlesIn(document);
  /** @param {Element | null} card @param {string | null | undefined} to */
  const move = (card, to) => {
    if (!card || !to || !COLUMNS.includes(to) || card.getAttribute('data-from') === to) return;
    vscode.postMessage({ command: 'move', uri: card.getAttribute('data-uri'), index: Number(card.getAttribute('data-index')), id: card.getAttribute('data-id'), to });
  };
  const viewState = () => {
    /** @param {string} name */
    const value = (name) => {
      const select = document.querySelector(`select[data-view="${name}"]`);
      return select instanceof HTMLSelectElement ? select.value : '';
    };
    return { command: 'view', groupBy: value('groupBy') || 'none', team: value('team'), theme: value('theme') };
  };

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('[data-uri][data-line]') : null;
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({
      command: 'open',
      uri: link.getAttribute('data-uri'),
      line: Number(link.getAttribute('data-line')),
      character: Number(link.getAttribute('data-character')),
    });
  });

  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement && event.target.hasAttribute('data-view')) vscode.postMessage(viewState());
  });

  // Keyboard: arrows move between cards (up and down in a column, left and right across columns);
  // Shift with left or right moves the focused card to the neighbouring column.
  document.addEventListener('keydown', (event) => {
    const card = cardOf(document.activeElement);
    if (!card || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(event.key)) return;
    event.preventDefault();
    const from = COLUMNS.indexOf(card.getAttribute('data-from') ?? '');
    if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      move(card, COLUMNS[from + (event.key === 'ArrowLeft' ? -1 : 1)]);
      return;
    }
    const column = card.closest('.column');
    if (!column?.parentElement) return;
    const inColumn = titlesIn(column);
    const at = inColumn.findIndex((title) => title === document.activeElement);
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      inColumn[at + (event.key === 'ArrowUp' ? -1 : 1)]?.focus();
      return;
    }
    const columns = Array.from(column.parentElement.querySelectorAll('.column'));
    const next = columns[columns.indexOf(column) + (event.key === 'ArrowLeft' ? -1 : 1)];
    const targets = next ? titlesIn(next) : [];
    (targets[Math.min(at, targets.length - 1)] ?? targets[0])?.focus();
  });

  /** @type {Element | null} */
  let dragged = null;
  document.addEventListener('dragstart', (event) => {
    dragged = cardOf(event.target);
    if (dragged && event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', dragged.getAttribute('data-id') ?? '');
    }
  });
  document.addEventListener('dragover', (event) => {
    const column = event.target instanceof Element ? event.target.closest('[data-column]') : null;
    if (!dragged || !column) return;
    event.preventDefault();
    document.querySelectorAll('.drop-target').forEach((element) => element !== column && element.classList.remove('drop-target'));
    column.classList.add('drop-target');
  });
  document.addEventListener('dragleave', (event) => {
    if (event.target instanceof Element && event.target.matches('[data-column]')) event.target.classList.remove('drop-target');
  });
  document.addEventListener('drop', (event) => {
    const column = event.target instanceof Element ? event.target.closest('[data-column]') : null;
    document.querySelectorAll('.drop-target').forEach((element) => element.classList.remove('drop-target'));
    if (!dragged || !column) return;
    event.preventDefault();
    move(dragged, column.getAttribute('data-column'));
    dragged = null;
  });
  document.addEventListener('dragend', () => {
    dragged = null;
  });

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message?.type === 'replace' && content) {
      const focused = cardOf(document.activeElement);
      const key = focused ? `${focused.getAttribute('data-uri')}\n${focused.getAttribute('data-id')}` : undefined;
      const select = document.activeElement instanceof HTMLSelectElement ? document.activeElement.id : undefined;
      const scroll = window.scrollY;
      content.innerHTML = message.html;
      window.scrollTo(0, scroll);
      if (key)
        titles()
          .find((title) => {
            const card = cardOf(title);
            return card !== null && `${card.getAttribute('data-uri')}\n${card.getAttribute('data-id')}` === key;
          })
          ?.focus();
      if (select) document.getElementById(select)?.focus();
    } else if (message?.type === 'status' && status) {
      status.textContent = message.text;
    }
  });
})();
