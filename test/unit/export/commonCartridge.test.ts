// The Common Cartridge 1.3 export, validated by libxml2 against IMS's Common Cartridge schemas
// (CC 1.1's: CC 1.3's could not be had, see test/fixtures/xsd/README.md) and read back with JSZip
// and fast-xml-parser.
import { XMLParser } from 'fast-xml-parser';
import { exportQuiz } from '../../../src/export';
import { ARTICLE_BODY, EXPORT_QUIZ, questionOfKind, quizWith } from '../../fixtures/exportQuiz';
import { schemaErrors, schemaSet, unzip } from './support';

const WITH_ARTICLE = { ...EXPORT_QUIZ, sources: [{ ...EXPORT_QUIZ.sources![0]!, body: ARTICLE_BODY, url: 'https://kyivindependent.com/x' }] };

/**
 * The document's CC 1.3 version markers renamed to CC 1.1's, whose schemas are the ones we have:
 * namespaces (imsccv1p3), resource types (imscc_xmlv1p3) and the schema version (1.3.0). Only these
 * three change; anything else CC 1.1's schemas reject stays rejected.
 */
const asCc11 = (manifest: string): string =>
  manifest
    .replace(/imsccv1p3/g, 'imsccv1p1')
    .replace(/imscc_xmlv1p3/g, 'imscc_xmlv1p1')
    .replace('<schemaversion>1.3.0</schemaversion>', '<schemaversion>1.1.0</schemaversion>');

async function cartridge(quiz = WITH_ARTICLE) {
  const file = await exportQuiz(quiz, 'COMMON_CARTRIDGE');
  return { file, files: await unzip(file.content) };
}

describe('Common Cartridge, against the IMS CC schemas', () => {
  test('the manifest (renamed to CC 1.1) and the assessment are valid', async () => {
    const { file, files } = await cartridge();
    expect(file.filename).toMatch(/\.imscc$/);
    const manifest = files.get('imsmanifest.xml') ?? '';
    expect(manifest).toContain('<schemaversion>1.3.0</schemaversion>');
    expect(await schemaErrors(schemaSet('cc11Manifest'), new Map([['imsmanifest.xml', asCc11(manifest)]]))).toEqual([]);
    expect(await schemaErrors(schemaSet('cc11Qti'), new Map([['assessment.xml', files.get('quiz/assessment.xml') ?? '']]))).toEqual([]);
  });

  test('the schemas are really applied: a resource without its type, or Canvas’s QTI 1.2 with its numeric and matching items, is rejected', async () => {
    const { files } = await cartridge();
    const manifest = asCc11(files.get('imsmanifest.xml') ?? '');
    const noType = manifest.replace(' type="webcontent"', '');
    expect(noType).not.toBe(manifest);
    expect((await schemaErrors(schemaSet('cc11Manifest'), new Map([['m.xml', noType]]))).length).toBeGreaterThan(0);
    // The cartridge's QTI profile has neither Canvas's numeric items nor its matching items.
    const canvas = await unzip((await exportQuiz(EXPORT_QUIZ, 'QTI12')).content);
    expect((await schemaErrors(schemaSet('cc11Qti'), new Map([['a.xml', canvas.get('assessment/assessment.xml') ?? '']]))).length).toBeGreaterThan(0);
  });
});

describe('what the cartridge holds', () => {
  test('the article is a web resource with its attribution, listed before the quiz', async () => {
    const { files } = await cartridge();
    const html = files.get('article/article-1.html') ?? '';
    expect(html).toContain('Source: Kyiv Independent, 5 Nov 2024, https://kyivindependent.com/x');
    expect(html).toContain('Kremlin spokesman Dmitry Peskov said: &quot;We have no evidence of that &amp; we won&#39;t comment on &lt;rumours&gt;.&quot;');
    const manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(files.get('imsmanifest.xml') ?? '') as {
      manifest: { resources: { resource: { identifier: string; type: string; href?: string; dependency?: { identifierref: string } }[] } };
    };
    const [article, quiz] = manifest.manifest.resources.resource;
    expect([article?.type, quiz?.type]).toEqual(['webcontent', 'imsqti_xmlv1p2/imscc_xmlv1p3/assessment']);
    // The quiz depends on its article, so an LMS importing the quiz alone brings the passage too.
    expect(quiz?.dependency?.identifierref).toBe(article?.identifier);
  });

  test('matching becomes one choice per left item; an exact figure a typed answer; a tolerance is left out with a reason', async () => {
    const matching = questionOfKind('MATCHING');
    const { file, files } = await cartridge();
    const xml = files.get('quiz/assessment.xml') ?? '';
    expect(xml.match(/<fieldentry>cc\.multiple_choice\.v0p1<\/fieldentry>/g)?.length).toBeGreaterThanOrEqual(matching.left.length);
    expect(xml).toContain('<varequal respident="response1" case="No">11,000</varequal>');
    expect(file.warnings).toContainEqual({ questionId: matching.id, message: expect.stringContaining('one per item to match') });
    const ranged = { ...questionOfKind('NUMERIC'), answer: { value: 11000, tolerance: 100, unit: 'troops' } };
    const withRange = await exportQuiz({ ...WITH_ARTICLE, questions: quizWith(ranged).questions }, 'COMMON_CARTRIDGE');
    expect(withRange.warnings).toContainEqual({ questionId: ranged.id, message: expect.stringContaining('cannot accept a range') });
  });
});
