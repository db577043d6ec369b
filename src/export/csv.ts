// Shared by the CSV writers. A UTF-8 byte-order mark lets Excel show "Kyiv" and curly quotes
// correctly when a teacher opens the file before importing it; the importers ignore it.
// Fields holding a line break are quoted as the templates' own header cells are, even a lone \n.
import { stringify } from 'csv-stringify/sync';

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

export function csvBuffer(rows: readonly (readonly (string | number)[])[]): Buffer {
  return Buffer.from(`\uFEFF${stringify(rows.map((row) => [...row]), { record_delimiter: '\r\n', quoted_match: /[\r\n]/ })}`, 'utf8');
}
