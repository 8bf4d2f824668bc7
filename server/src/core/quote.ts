/** The most characters of user text a message quotes before cutting it with an ellipsis. */
export const QUOTE_LIMIT = 60;

/** User text as a message quotes it: each line break (LF or CRLF) and the indentation after it shown as one space, cut to about 60 characters. */
export function quoteUserText(text: string): string {
  const flat = text.replace(/[ \t]*\r?\n[ \t]*/g, ' ').replace(/\r/g, ' ');
  return flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1)}…` : flat;
}

/** User text in double quotes, as `quoteUserText` shows it. */
export function quoted(value: string): string {
  return `"${quoteUserText(value)}"`;
}

/** A message whose quoted parts hold line breaks (a multi-line value quoted by a rule), with those parts quoted as people read them. */
export function withQuotedLinesFlattened(message: string): string {
  return /[\r\n]/.test(message) ? message.replace(/"([^"]*[\r\n][^"]*)"/g, (_, inner: string) => `"${quoteUserText(inner)}"`) : message;
}
