/** The most characters of user text a message quotes before cutting it with an ellipsis. */
export const QUOTE_LIMIT = 60;

/** User text as a message quotes it: in double quotes, line breaks shown as spaces, cut to about 60 characters. */
export function quoted(value: string): string {
  const flat = value.replace(/\r?\n|\r/g, ' ');
  return `"${flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1)}…` : flat}"`;
}
