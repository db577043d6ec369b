// Shared by the CSV writers. A UTF-8 byte-order mark lets Excel show "Kyiv" and curly quotes
// correctly when a teacher opens the file before importing it; the importers ignore it.
// Fields holding a line break are quoted as the templates' own header cells are, even a lone \n.
import { stringify } from 'csv-stringify/sync';

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/**
 * What a spreadsheet reads as the start of a formula (or, for tab and carriage return, of a hidden
 * one). OWASP's CSV-injection page lists exactly these: = + - @ tab, carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell Excel, LibreOffice and Google Sheets show as text: OWASP's remedy, a single quote before
 * a formula-like start. `=HYPERLINK("http://x")` becomes `'=HYPERLINK("http://x")`; everything
 * after the quote is the text unchanged. Quoting and doubling of `"` are left to csv-stringify.
 */
export function inertCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvBuffer(rows: readonly (readonly (string | number)[])[], delimiter = ','): Buffer {
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? inertCell(cell) : cell)));
  return Buffer.from(`\uFEFF${stringify(safe, { delimiter, record_delimiter: '\r\n', quoted_match: /[\r\n]/ })}`, 'utf8');
}
