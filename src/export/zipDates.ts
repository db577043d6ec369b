// Zip archives store each entry's modification time, which would make two exports of the same
// quiz differ by the clock. Every archive we hand out carries this one fixed date instead.
import JSZip from 'jszip';

export const FIXED_ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

/** A zip of these entries, in this order, every entry dated FIXED_ZIP_DATE. */
export function zipEntries(entries: ReadonlyArray<readonly [name: string, content: string | Uint8Array]>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of entries) zip.file(name, content, { date: FIXED_ZIP_DATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The same archive, entries in the same order, every entry dated FIXED_ZIP_DATE. */
export async function withFixedDates(archive: Buffer): Promise<Buffer> {
  const source = await JSZip.loadAsync(archive);
  const files = Object.values(source.files).filter((entry) => !entry.dir);
  return zipEntries(await Promise.all(files.map(async (entry) => [entry.name, await entry.async('uint8array')] as const)));
}
