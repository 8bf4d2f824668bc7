/** Escaping for the report renderers: every string that may come from a spec file goes through here. */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text or attribute value for HTML: nothing in it can open a tag, close an attribute or start an entity. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"'`]/g, (char) => HTML_ENTITIES[char]);
}

/**
 * A link target that can only be a relative path or a file/https link: a value with any other
 * scheme (`javascript:`, `data:`...) is made a relative path by a leading `./`.
 */
export function safeHref(link: string): string {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(link)?.[1]?.toLowerCase();
  if (!scheme || scheme === 'file' || scheme === 'https' || scheme === 'http') return link;
  return `./${link}`;
}

/** Text for Markdown: HTML is shown literally, and emphasis, code, links and table cells cannot be started. */
export function escapeMarkdown(value: unknown): string {
  return String(value)
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A link target for Markdown: percent-encoded so that spaces and brackets cannot end it early. */
export function markdownHref(link: string): string {
  return safeHref(encodeURI(link).replace(/\(/g, '%28').replace(/\)/g, '%29'));
}

/** A description from the rule catalogue for HTML: escaped, with its `code` spans kept as code. */
export function htmlWithCode(value: string): string {
  return escapeHtml(value).replace(/&#96;([^&]+?)&#96;/g, '<code>$1</code>');
}
