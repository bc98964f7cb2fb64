/**
 * Text from the scanned artefact (addresses, region names, messages quoting them) made safe for the
 * reports it appears in: one line each (a newline in a region name must not forge a report line such as
 * "0 errors"), and, in Markdown, no table break, no HTML and no escape from an inline code span.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;

/** A character written as a `\uXXXX` escape. */
export function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** One line: control characters (newlines included) escaped as `\uXXXX`. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, unicodeEscape);
}

/** Text safe in a Markdown table cell: one line, no pipe, no HTML. */
export function markdownCell(text: string | null | undefined): string {
  return (text ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(CONTROL, " ");
}

/** Text as Markdown inline code, in a table cell: a backtick in it cannot close the span. */
export function markdownCode(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, "\\|").replace(CONTROL, " ")}\``;
}
