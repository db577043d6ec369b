// Zip archives store each entry's modification time, which would make two exports of the same
// quiz differ by the clock. Every archive we hand out carries this one fixed date instead.
import JSZip from 'jszip';

export const FIXED_ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

/** The same archive, entries in the same order, every entry dated FIXED_ZIP_DATE. */
export async function withFixedDates(archive: Buffer): Promise<Buffer> {
  const source = await JSZip.loadAsync(archive);
  const fixed = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    fixed.file(entry.name, await entry.async('uint8array'), { date: FIXED_ZIP_DATE, createFolders: false });
  }
  return fixed.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
