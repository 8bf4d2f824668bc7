/** Characters of user text a message quotes before it cuts the rest with an ellipsis. */
const MAX_QUOTED = 60;

/** User text as a message quotes it: each line break (LF or CRLF) and the indentation after it shown as one space, cut to about 60 characters. */
export function quoteUserText(text: string): string {
  const flat = text.replace(/[ \t]*\r?\n[ \t]*/g, ' ').replace(/\r/g, ' ');
  return flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED - 1)}…` : flat;
}

/** A message whose quoted parts hold line breaks (a multi-line value quoted by a rule), with those parts quoted as people read them. */
export function withQuotedLinesFlattened(message: string): string {
  return /[\r\n]/.test(message) ? message.replace(/"([^"]*[\r\n][^"]*)"/g, (_, quoted: string) => `"${quoteUserText(quoted)}"`) : message;
}
