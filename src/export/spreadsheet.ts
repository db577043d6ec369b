// Shared by the .xlsx writers: an in-memory workbook with fixed dates, so files are reproducible.
import ExcelJS from 'exceljs';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2000, 0, 1));
  workbook.created = fixed;
  workbook.modified = fixed;
  workbook.creator = 'newsquiz';
  return workbook;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
