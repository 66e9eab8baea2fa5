// CSV as Excel on a Chinese Windows opens it: UTF-8 with a byte-order mark (without it Excel guesses GBK
// and shows mojibake), RFC 4180 quoting and CRLF line ends.

export type Cell = string | number | null;

export const BOM = "\uFEFF";
// A spreadsheet runs a cell starting with one of these as a formula (CSV/formula injection, OWASP).
// Tab and carriage return also start formulas in some spreadsheets once leading spaces are trimmed.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet will show as text: a leading formula character gets a quote mark before it. */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field, quoted when it holds a comma, a quote, or a line break (RFC 4180 §2.6–2.7). */
export function csvField(cell: Cell): string {
  if (cell === null) return "";
  // Numbers are our own figures, never a formula; a negative one keeps its sign so it stays a number.
  const text = typeof cell === "number" ? (Number.isFinite(cell) ? String(cell) : "") : neutralise(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF, for a document written a piece at a time (a streamed export). */
export function csvRecord(cells: Cell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

/** A whole document: header row, then data rows, CRLF after every record, BOM first. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return BOM + [header, ...rows].map(csvRecord).join("");
}
