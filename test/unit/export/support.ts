// Helpers shared by the export tests: unzipping packages and validating XML with a real validator.
import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

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

/** A schema and every file it imports, named so that its relative schemaLocations resolve in xmllint's in-memory file system. */
export interface SchemaSet {
  readonly schema: XMLFileInfo;
  readonly preload: readonly XMLFileInfo[];
}

// virtual path (what the importing schema's schemaLocation resolves to) -> file under test/fixtures/xsd
const SCHEMA_SETS = {
  // Official IMS QTI 2.1 item schema; imports resolved next to it, as its schemaLocations are relative.
  qti21Item: {
    schema: ['qti21/imsqti_v2p1.xsd', 'official/qti21/imsqti_v2p1.xsd'],
    preload: [
      ['qti21/xml.xsd', 'official/common/xml.xsd'],
      ['qti21/XInclude.xsd', 'official/stubs/XInclude.xsd'],
      ['qti21/mathml2.xsd', 'official/stubs/mathml2.xsd'],
      ['qti21/apipv1p0_qtiextv2p1_v1p0.xsd', 'official/stubs/apipv1p0_qtiextv2p1_v1p0.xsd'],
    ],
  },
  // Official IMS Content Packaging 1.1.4 schema (the QTI 2.1 package manifest).
  qti21Manifest: {
    schema: ['cp/imscp_v1p1.xsd', 'official/qti21/imscp_v1p1.xsd'],
    preload: [
      ['cp/w3/xml.xsd', 'official/common/xml.xsd'],
      ['cp/imsmd_v1p2p4.xsd', 'official/stubs/imsmd_v1p2p4.xsd'],
    ],
  },
  // QTI 3.0 item: no copy of the official imsqti_asiv3p0_v1p0.xsd could be obtained; a hand-written subset, see README.
  qti30Item: { schema: ['qti30/imsqti_asiv3p0_subset.xsd', 'imsqti_asiv3p0_subset.xsd'], preload: [] },
  // Official QTI 3.0 profile of IMS CP 1.2 (the QTI 3.0 package manifest); its imports sit at ../ and ./ as it names them.
  qti30Manifest: {
    schema: ['qti30cp/qtiv3p0/imsqtiv3p0_imscpv1p2_v1p0.xsd', 'official/qti30/imsqtiv3p0_imscpv1p2_v1p0.xsd'],
    preload: [
      ['qti30cp/w3/xml.xsd', 'official/common/xml.xsd'],
      ['qti30cp/imsmd_loose_v1p3p2.xsd', 'official/stubs/imsmd_loose_v1p3p2.xsd'],
      ['qti30cp/qtiv3p0/imsqtiv3p0_csmv1p1_v1p0.xsd', 'official/stubs/imsqtiv3p0_csmv1p1_v1p0.xsd'],
      ['qti30cp/qtiv3p0/imsqti_metadatav3p0_v1p0.xsd', 'official/stubs/imsqti_metadatav3p0_v1p0.xsd'],
      ['qti30cp/qtiv3p0/imsqtiv3p0_cpextv1p2_v1p0.xsd', 'official/stubs/imsqtiv3p0_cpextv1p2_v1p0.xsd'],
    ],
  },
  // IMS QTI ASI 1.2 (questestinterop), as IMS shipped it in the Common Cartridge 1.0 schema set; it imports ../xml.xsd.
  qti12: {
    schema: ['qti12base/qti12/ims_qtiasiv1p2.xsd', 'official/qti12/ims_qtiasiv1p2.xsd'],
    preload: [['qti12base/xml.xsd', 'official/common/xml.xsd']],
  },
  // IMS Common Cartridge 1.1 profile of QTI ASI 1.2.1 (the cartridge's assessment); imports xml.xsd beside it.
  cc11Qti: {
    schema: ['cc11/ccv1p1_qtiasiv1p2p1_v1p0.xsd', 'official/cc11/ccv1p1_qtiasiv1p2p1_v1p0.xsd'],
    preload: [['cc11/xml.xsd', 'official/cc11/xml.xsd']],
  },
  // IMS Common Cartridge 1.1 manifest (CP 1.2 profile) with its LOM and authorization imports, all beside it.
  cc11Manifest: {
    schema: ['cc11/ccv1p1_imscp_v1p2_v1p0.xsd', 'official/cc11/ccv1p1_imscp_v1p2_v1p0.xsd'],
    preload: [
      ['cc11/xml.xsd', 'official/cc11/xml.xsd'],
      ['cc11/ccv1p1_imsccauth_v1p1.xsd', 'official/cc11/ccv1p1_imsccauth_v1p1.xsd'],
      ['cc11/ccv1p1_lommanifest_v1p0.xsd', 'official/cc11/ccv1p1_lommanifest_v1p0.xsd'],
      ['cc11/ccv1p1_lomresource_v1p0.xsd', 'official/cc11/ccv1p1_lomresource_v1p0.xsd'],
    ],
  },
} as const satisfies Record<string, { schema: readonly [string, string]; preload: readonly (readonly [string, string])[] }>;

export type SchemaName = keyof typeof SCHEMA_SETS;

const loaded = new Map<SchemaName, SchemaSet>();

/** Reads a schema set from disk once per test file (the QTI 2.1 schema alone is 570 kB). */
export function schemaSet(name: SchemaName): SchemaSet {
  let set = loaded.get(name);
  if (!set) {
    const file = ([fileName, path]: readonly [string, string]): XMLFileInfo => ({ fileName, contents: xsd(path) });
    set = { schema: file(SCHEMA_SETS[name].schema), preload: SCHEMA_SETS[name].preload.map(file) };
    loaded.set(name, set);
  }
  return set;
}

/** libxml2's schema validator (xmllint compiled to WebAssembly): every error, with its file and line. */
export async function schemaErrors(schema: SchemaSet, documents: ReadonlyMap<string, string>): Promise<string[]> {
  const result = await validateXML({
    xml: [...documents].map(([fileName, contents]) => ({ fileName: `doc/${fileName.replace(/\//g, '_')}`, contents })),
    schema: [schema.schema],
    preload: [...schema.preload],
    initialMemoryPages: 512,
    maxMemoryPages: 2048,
  });
  return result.errors.map((error) => error.rawMessage);
}

/**
 * anki-reader's reading of an .apkg. The package is ES modules only: a dynamic import keeps this
 * CommonJS test code typed (jest's swc transform compiles the package itself, see jest.config.js).
 */
export async function readApkg(content: Buffer): Promise<Awaited<ReturnType<typeof import('anki-reader', { with: { 'resolution-mode': 'import' } }).readAnkiPackage>>> {
  const { readAnkiPackage } = await import('anki-reader');
  return readAnkiPackage(new Blob([new Uint8Array(content)]));
}
