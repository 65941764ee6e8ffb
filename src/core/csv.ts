// CSV for spreadsheets: RFC 4180 quoting, and no cell a spreadsheet would run as a formula.

export type CsvValue = string | number | null | undefined;

// A spreadsheet treats a cell starting with one of these as a formula (or the start of one), so a
// name typed as "=HYPERLINK(...)" on a public form could run when staff open the export (OWASP
// "CSV injection"). An apostrophe in front makes the spreadsheet show it as text.
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];

/** One cell: text that could start a formula gets an apostrophe; quoted when it needs to be. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_STARTS.some((start) => value.startsWith(start)) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV document: a heading row, then the rows, lines ended with CRLF as RFC 4180 says.
 * It starts with a byte-order mark so spreadsheets read names with accents correctly.
 */
export function toCsv(headings: string[], rows: CsvValue[][]): string {
  const lines = [headings, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
