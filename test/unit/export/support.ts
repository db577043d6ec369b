// Helpers shared by the export tests: unzipping packages and validating XML with a real validator.
import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { validateXML } from 'xmllint-wasm';

export async function unzip(content: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(content);
  const files = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) files.set(name, await entry.async('string'));
  }
  return files;
}

const XSD_DIR = join(__dirname, '..', '..', 'fixtures', 'xsd');

export function xsd(name: string): string {
  return readFileSync(join(XSD_DIR, name), 'utf8');
}

/** libxml2's schema validator (xmllint compiled to WebAssembly): every error, with its file and line. */
export async function schemaErrors(schema: string, documents: ReadonlyMap<string, string>): Promise<string[]> {
  const result = await validateXML({
    xml: [...documents].map(([fileName, contents]) => ({ fileName: fileName.replace(/\//g, '_'), contents })),
    schema: [schema],
  });
  return result.errors.map((error) => error.rawMessage);
}
