/**
 * The one escaping function per output target (SPEC §13): anything read from a config or from disk that reaches
 * HTML, CSV or generated Python goes through exactly one of these. Pure and import-free, so the core, the host
 * and the webviews (which otherwise import only `protocol.ts`) share the same code.
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text or attribute value (double- or single-quoted). Non-strings are stringified first. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * One CSV cell (RFC 4180 quoting). A text cell that a spreadsheet would read as a formula (starting with
 * = + - @, a tab or a carriage return) is prefixed with `'` (OWASP's CSV-injection rule). Numbers are written
 * as numbers: a negative loss stays `-0.5`, since only text can carry a formula.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line from cells. */
export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * A Python 3 `str` literal for any text: printable ASCII stays as is, everything else (line breaks of every
 * kind — \r, \n, \u2028, form feed —, NUL, other controls, non-ASCII) becomes an escape, so the literal is one
 * physical line whatever the input and no text can end it early. Astral characters use \U escapes (the same
 * code point, not a surrogate pair).
 */
export function pyString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + '"';
}

/** C0/C1 control characters and the Unicode line/paragraph separators: never shown raw, never part of a name. */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** The first control character of `text` (see CONTROL_CHARS), or undefined. */
export function firstControlChar(text: string): string | undefined {
  return text.match(new RegExp(CONTROL_CHARS.source))?.[0];
}

/**
 * Text for a terminal line: control characters (which could move the cursor, clear the screen or fake another
 * line) and Unicode line separators become visible escapes; everything else is kept.
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL_CHARS, (c) => {
    const cp = c.charCodeAt(0);
    return cp < 0x100 ? '\\x' + cp.toString(16).padStart(2, '0') : '\\u' + cp.toString(16).padStart(4, '0');
  });
}
