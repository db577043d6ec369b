// Shared by the .xlsx writers: an in-memory workbook with fixed dates, so files are reproducible.
import ExcelJS from 'exceljs';
import { FIXED_ZIP_DATE, withFixedDates } from './zipDates';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = FIXED_ZIP_DATE;
  workbook.modified = FIXED_ZIP_DATE;
  workbook.creator = 'newsquiz';
  return workbook;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  // exceljs dates the archive's entries with the current time.
  return withFixedDates(Buffer.from(await workbook.xlsx.writeBuffer()));
}
