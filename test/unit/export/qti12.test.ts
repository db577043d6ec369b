// QTI 1.2 for Canvas Classic Quizzes, Blackboard and Brightspace: validated by libxml2 against IMS's
// QTI ASI 1.2 schema and read back with fast-xml-parser, a reader that shares nothing with the writer.
import { XMLParser } from 'fast-xml-parser';
import { exportQuiz } from '../../../src/export';
import { ARTICLE_BODY, EXPORT_QUIZ, questionOfKind, quizWith } from '../../fixtures/exportQuiz';
import { schemaErrors, schemaSet, unzip } from './support';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (name) => ['item', 'response_label', 'respcondition', 'varequal', 'qtimetadatafield', 'response_lid', 'material'].includes(name),
});

interface Item {
  ident: string;
  title: string;
  itemmetadata: { qtimetadata: { qtimetadatafield: { fieldlabel: string; fieldentry: string }[] } };
  presentation: Record<string, unknown>;
  resprocessing?: { respcondition: { conditionvar: Record<string, unknown>; setvar?: { '#text': string; action: string } }[] };
}

async function assessment(quiz = EXPORT_QUIZ): Promise<{ xml: string; items: Item[]; manifest: string }> {
  const files = await unzip((await exportQuiz(quiz, 'QTI12')).content);
  const xml = files.get('assessment/assessment.xml') ?? '';
  const parsed = parser.parse(xml) as { questestinterop: { assessment: { section: { item: Item[] } } } };
  return { xml, items: parsed.questestinterop.assessment.section.item, manifest: files.get('imsmanifest.xml') ?? '' };
}

const typeOf = (item: Item): string => item.itemmetadata.qtimetadata.qtimetadatafield.find((f) => f.fieldlabel === 'question_type')?.fieldentry ?? '';
const byTitleStart = (items: Item[], prompt: string): Item | undefined => items.find((i) => prompt.startsWith(i.title.replace(/…$/, '')));

describe('QTI 1.2 assessment, against the IMS QTI ASI 1.2 schema', () => {
  test('the whole assessment and the package manifest are valid', async () => {
    const { xml, manifest } = await assessment();
    expect(await schemaErrors(schemaSet('qti12'), new Map([['assessment.xml', xml]]))).toEqual([]);
    expect(await schemaErrors(schemaSet('qti21Manifest'), new Map([['imsmanifest.xml', manifest]]))).toEqual([]);
    expect(manifest).toContain('type="imsqti_xmlv1p2"');
  });

  test('the schema is really applied: an item without its required ident, or a made-up rcardinality, is rejected', async () => {
    const { xml } = await assessment();
    const noIdent = xml.replace(/<item ident="ITEM_001"/, '<item');
    const badCardinality = xml.replace('rcardinality="Single"', 'rcardinality="Sometimes"');
    const unknownElement = xml.replace('<presentation>', '<presentation><stimulus/>');
    for (const broken of [noIdent, badCardinality, unknownElement]) {
      expect(broken).not.toBe(xml);
      expect((await schemaErrors(schemaSet('qti12'), new Map([['a.xml', broken]]))).length).toBeGreaterThan(0);
    }
  });
});

describe('every kind, as Canvas Classic Quizzes name it', () => {
  test('each kind has its Canvas question type; ordering becomes a choice over sequences', async () => {
    const { items } = await assessment();
    const types = items.map(typeOf);
    // The fixture's source carries no article text, so no passage item comes first.
    expect(types).toEqual(
      EXPORT_QUIZ.questions.map(
        (q) =>
          ({
            MULTIPLE_CHOICE: 'multiple_choice_question',
            WHO_SAID_IT: 'multiple_choice_question',
            SOURCE_AND_STANDING: 'multiple_choice_question',
            ORDERING: 'multiple_choice_question',
            TRUE_FALSE: 'true_false_question',
            NUMERIC: 'numerical_question',
            FILL_IN_THE_BLANK: 'short_answer_question',
            MATCHING: 'matching_question',
          })[q.kind],
      ),
    );
  });

  test('a numeric answer with a tolerance is right within the range 10,900..11,100, as the figure alone is', async () => {
    const numeric = { ...questionOfKind('NUMERIC'), answer: { value: 11000, tolerance: 100, unit: 'troops' } };
    const { xml } = await assessment(quizWith(numeric));
    expect(await schemaErrors(schemaSet('qti12'), new Map([['a.xml', xml]]))).toEqual([]);
    expect(xml).toContain('<varequal respident="response1">11000</varequal>');
    expect(xml).toContain('<vargte respident="response1">10900</vargte>');
    expect(xml).toContain('<varlte respident="response1">11100</varlte>');
    expect(xml).toContain('fibtype="Decimal"');
  });

  test('matching: one response per left item, each right pair adding its share of 100', async () => {
    const matching = questionOfKind('MATCHING');
    const { items } = await assessment();
    const item = items.find((i) => typeOf(i) === 'matching_question');
    expect((item?.presentation['response_lid'] as unknown[]).length).toBe(matching.left.length);
    const adds = item?.resprocessing?.respcondition.flatMap((c) => (c.setvar?.action === 'Add' ? [Number(c.setvar['#text'])] : [])) ?? [];
    expect(adds).toHaveLength(matching.answer.pairs.length);
    expect(adds.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
  });

  test('fill-in-the-blank accepts each accepted answer, ignoring case', async () => {
    const { xml } = await assessment();
    expect(xml).toContain('<varequal respident="response1" case="No">Kursk</varequal>');
    expect(xml).toContain('<varequal respident="response1" case="No">Kursk region</varequal>');
  });

  test('titles are the prompt’s opening words, never the question id', async () => {
    const { items } = await assessment();
    for (const item of items) expect(item.title).not.toMatch(/^q-/);
    expect(byTitleStart(items, questionOfKind('TRUE_FALSE').prompt)).toBeDefined();
  });
});

describe('the passage travels with the quiz', () => {
  test('the article’s text comes first, with its attribution, when the quiz carries it', async () => {
    const source = { ...EXPORT_QUIZ.sources![0]!, body: ARTICLE_BODY, url: 'https://kyivindependent.com/x' };
    const { xml, items } = await assessment({ ...EXPORT_QUIZ, sources: [source] });
    expect(typeOf(items[0]!)).toBe('text_only_question');
    expect(xml).toContain('Source: Kyiv Independent, 5 Nov 2024, https://kyivindependent.com/x');
    expect(xml).toContain('Kremlin spokesman Dmitry Peskov said');
  });
});
