import { XMLParser } from 'fast-xml-parser';
import { exportQuiz } from '../../../src/export';
import { EXPORT_QUIZ } from '../../fixtures/exportQuiz';
import { schemaErrors, schemaSet, unzip } from './support';

const VERSIONS = [
  { format: 'QTI21', itemXsd: 'qti21Item', manifestXsd: 'qti21Manifest', root: 'assessmentItem', resourceType: 'imsqti_item_xmlv2p1' },
  { format: 'QTI30', itemXsd: 'qti30Item', manifestXsd: 'qti30Manifest', root: 'qti-assessment-item', resourceType: 'imsqti_item_xmlv3p0' },
] as const;

describe.each(VERSIONS)('$format content package', ({ format, itemXsd, manifestXsd, root, resourceType }) => {
  let files: Map<string, string>;
  beforeAll(async () => {
    const file = await exportQuiz(EXPORT_QUIZ, format);
    expect(file.binary).toBe(true);
    expect(file.mediaType).toBe('application/zip');
    files = await unzip(file.content);
  });
  const items = (): Map<string, string> => new Map([...files].filter(([name]) => name.startsWith('items/')));

  test('holds one item per question and a manifest listing each of them', () => {
    expect(items().size).toBe(EXPORT_QUIZ.questions.length);
    const manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(files.get('imsmanifest.xml') ?? '');
    const resources = manifest.manifest.resources.resource as { href: string; type: string; file: { href: string } }[];
    expect(resources.map((r) => r.href).sort()).toEqual([...items().keys()].sort());
    expect(new Set(resources.map((r) => r.type))).toEqual(new Set([resourceType]));
  });

  test('every item is valid against the QTI schema (xmllint)', async () => {
    expect(await schemaErrors(schemaSet(itemXsd), items())).toEqual([]);
  });

  test('the manifest is valid against the content-packaging schema (xmllint)', async () => {
    expect(await schemaErrors(schemaSet(manifestXsd), new Map([['imsmanifest.xml', files.get('imsmanifest.xml') ?? '']]))).toEqual([]);
  });

  test('the validator does reject a broken item', async () => {
    const broken = new Map([...items()].slice(0, 1).map(([name, xml]) => [name, xml.replace(/ identifier="ITEM_001"/, '')]));
    expect((await schemaErrors(schemaSet(itemXsd), broken)).length).toBeGreaterThan(0);
  });

  test('the validator applies the schema\'s own constraints (an unknown baseType fails)', async () => {
    const broken = new Map([...items()].slice(0, 1).map(([name, xml]) => [name, xml.replace(/(baseType|base-type)="identifier"/, '$1="bogus"')]));
    const errors = await schemaErrors(schemaSet(itemXsd), broken);
    expect(errors.join('\n')).toMatch(/baseType|base-type/);
  });

  test('the validator rejects a manifest element the content-packaging schema does not define', async () => {
    const manifest = (files.get('imsmanifest.xml') ?? '').replace('<resources>', '<resources><bogus/>');
    expect((await schemaErrors(schemaSet(manifestXsd), new Map([['imsmanifest.xml', manifest]]))).length).toBeGreaterThan(0);
  });

  test('every interaction kind the brief names is used, with standard templates', () => {
    const all = [...items().values()].join('\n');
    const name = (n: string): string => (format === 'QTI21' ? n : `qti-${n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    for (const interaction of ['choiceInteraction', 'textEntryInteraction', 'orderInteraction', 'matchInteraction']) {
      expect(all).toContain(`<${name(interaction)} `);
    }
    expect(all).toMatch(/rptemplates\/match_correct/);
    expect(all).toMatch(/rptemplates\/map_response/);
    expect([...items().values()].every((xml) => xml.includes(`<${root} `))).toBe(true);
  });
});
