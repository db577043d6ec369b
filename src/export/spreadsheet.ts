// Shared by the .xlsx writers: an in-memory workbook with fixed dates, so files are reproducible.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FIXED_ZIP_DATE, withFixedDates } from './zipDates';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = FIXED_ZIP_DATE;
  workbook.modified = FIXED_ZIP_DATE;
  workbook.creator = 'newsquiz';
  return workbook;
}

// = + - @ tab and carriage return, as the shared-strings part writes them (tab and CR may be escaped).
const FORMULA_START = /^(?:[=+\-@\t\r]|_x0009_|_x000[dD]_|&#(?:9|13|x9|xD|xd);)/;

function decodeStart(xml: string): string {
  return xml.replace(/^<r>.*?<t[^>]*>/s, '').replace(/^<t[^>]*>/, '');
}

/**
 * An .xlsx string cell is text, not a formula, whatever it starts with; but a teacher who edits
 * `=HYPERLINK(…)` and presses Enter would make it live. Excel guards text typed with a leading
 * quote by the style flag quotePrefix, keeping the text itself unchanged: exceljs cannot set it,
 * so every shared string beginning like a formula gets a style that carries it.
 */
async function withQuotePrefix(archive: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(archive);
  const shared = await zip.file('xl/sharedStrings.xml')?.async('string');
  const styles = await zip.file('xl/styles.xml')?.async('string');
  if (shared === undefined || styles === undefined) return archive;
  const formulaLike = new Set<number>();
  [...shared.matchAll(/<si>(.*?)<\/si>/gs)].forEach((match, index) => {
    if (FORMULA_START.test(decodeStart(match[1] ?? ''))) formulaLike.add(index);
  });
  if (formulaLike.size === 0) return archive;
  const xfCount = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1] ?? 'NaN');
  if (!Number.isInteger(xfCount)) return archive;
  zip.file(
    'xl/styles.xml',
    styles
      .replace(/<cellXfs count="\d+">/, `<cellXfs count="${xfCount + 1}">`)
      .replace('</cellXfs>', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>'),
  );
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const sheet = (await zip.file(name)?.async('string')) ?? '';
    zip.file(
      name,
      sheet.replace(/<c r="([A-Z]+\d+)" t="s"><v>(\d+)<\/v><\/c>/g, (cell, ref: string, index: string) =>
        formulaLike.has(Number(index)) ? `<c r="${ref}" s="${xfCount}" t="s"><v>${index}</v></c>` : cell,
      ),
    );
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  // exceljs dates the archive's entries with the current time.
  return withFixedDates(await withQuotePrefix(Buffer.from(await workbook.xlsx.writeBuffer())));
}
