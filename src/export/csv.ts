// Shared by the CSV writers. A UTF-8 byte-order mark lets Excel show "Kyiv" and curly quotes
// correctly when a teacher opens the file before importing it; the importers ignore it.
import { stringify } from 'csv-stringify/sync';

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

export function csvBuffer(rows: readonly (readonly (string | number)[])[]): Buffer {
  return Buffer.from(`\uFEFF${stringify(rows.map((row) => [...row]), { record_delimiter: '\r\n' })}`, 'utf8');
}
