/**
 * CSV for the dealer's DMS or spreadsheet (RFC 4180): a header row, CRLF line
 * ends, quotes doubled, and text cells that a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
 * prefixed with an apostrophe, as OWASP's CSV-injection advice says. Numbers
 * are written as numbers, so a negative figure stays a number.
 */

/** One cell: text, a number, or empty. */
export type CsvValue = string | number | null;

/** Starts a formula in Excel, LibreOffice or Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Needs quoting under RFC 4180. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, escaped and neutralised. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The whole file: a UTF-8 byte-order mark (so Excel reads ringgit signs and
 * Malay names correctly), the header row, then one row per record.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (cells: readonly CsvValue[]) => cells.map(csvCell).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
