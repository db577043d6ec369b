// The passage travels with the quiz (issue 11 §7, issue 15 §2): every format that can hold the
// article carries it, its sentences numbered as the explanations cite them, with its attribution,
// each re-read by a reader nobody here wrote; the others say in a warning that they cannot.
import { XMLParser } from 'fast-xml-parser';
import { parse as parseGift, type Description } from 'gift-pegjs';
import { exportQuiz, type ExportFormat } from '../../../src/export';
import { numberedParagraphs } from '../../../src/export/text/passage';
import { ARTICLE_SOURCE, EXPORT_QUIZ, PASSAGE_ATTRIBUTION, PASSAGE_BODY, PASSAGE_QUIZ, PASSAGE_SENTENCES, QUESTIONS } from '../../fixtures/exportQuiz';
import { schemaErrors, schemaSet, unzip } from './support';

// Written out by hand from the fixture: how each format must number the article's sentences.
const FIRST_PARAGRAPH =
  '[1] KYIV, Ukraine — President Volodymyr Zelensky’s office said on Tuesday that 11,000 North Korean troops had been moved to Russia’s Kursk region. ' +
  '[2] The Pentagon said it had not confirmed that the troops were in combat, but called the deployment “a dangerous escalation.”';
const SENTENCE_FIVE = '[5] Ukraine’s military intelligence (HUR) said the soldiers trained at "Camp ~7" [near Vladivostok] before the move = C:\\units\\ready.';
const HEADING = ARTICLE_SOURCE.title!;

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: false, htmlEntities: true });

describe('numbering: the stored sentences, grouped into the body’s paragraphs', () => {
  test('each sentence is numbered from its stored index, paragraphs split where a line break separates sentences', () => {
    const paragraphs = numberedParagraphs(PASSAGE_BODY, PASSAGE_SENTENCES);
    expect(paragraphs.map((p) => p.map((s) => s.number))).toEqual([[1, 2], [3, 4, 5]]);
    expect(paragraphs[1]![2]!.text).toBe(PASSAGE_SENTENCES[4]!.text);
  });

  test('stored sentences win over re-splitting the body: their index is what the evidence counts', () => {
    // Two stored "sentences" where the splitter would find five: the stored ones are used.
    const stored = [
      { index: 0, start: 0, end: PASSAGE_BODY.indexOf('\n'), text: PASSAGE_BODY.slice(0, PASSAGE_BODY.indexOf('\n')) },
      { index: 1, start: PASSAGE_BODY.lastIndexOf('\n') + 1, end: PASSAGE_BODY.length, text: PASSAGE_BODY.slice(PASSAGE_BODY.lastIndexOf('\n') + 1) },
    ];
    expect(numberedParagraphs(PASSAGE_BODY, stored).map((p) => p.map((s) => s.number))).toEqual([[1], [2]]);
  });

  test('without stored sentences the body is split as ingestion splits it, giving the same numbers', () => {
    expect(numberedParagraphs(PASSAGE_BODY, undefined)).toEqual(numberedParagraphs(PASSAGE_BODY, PASSAGE_SENTENCES));
  });
});

describe('GIFT: a description item first, read back by gift-pegjs', () => {
  test('the article with its attribution and numbered sentences is a Description before the questions', async () => {
    const parsed = parseGift((await exportQuiz(PASSAGE_QUIZ, 'GIFT')).content.toString('utf8'));
    const description = parsed[1] as Description;
    expect(description.type).toBe('Description');
    expect(description.title).toBe(`Passage: ${HEADING}`);
    expect(description.stem.text).toContain(PASSAGE_ATTRIBUTION);
    expect(description.stem.text).toContain(FIRST_PARAGRAPH);
    expect(description.stem.text).toContain(SENTENCE_FIVE);
    expect(parsed.filter((q) => q.type === 'Description')).toHaveLength(1);
    expect(parsed.length).toBe(2 + QUESTIONS.length);
  });

  test('without the article’s text there is no description, and a warning says so', async () => {
    const file = await exportQuiz(EXPORT_QUIZ, 'GIFT');
    expect(parseGift(file.content.toString('utf8')).some((q) => q.type === 'Description')).toBe(false);
    expect(file.warnings.some((w) => w.questionId === null && /text of a cited article is not available/.test(w.message))).toBe(true);
  });
});

describe('Moodle XML: a description question first, read back by fast-xml-parser', () => {
  test('type description, no grade, the passage as its text', async () => {
    const file = await exportQuiz(PASSAGE_QUIZ, 'MOODLE_XML');
    const questions = (xml.parse(file.content.toString('utf8')) as { quiz: { question: { type: string; name?: { text: string }; questiontext?: { text: string }; defaultgrade?: string }[] } }).quiz.question;
    expect(questions.map((q) => q.type).slice(0, 3)).toEqual(['category', 'description', 'multichoice']);
    const description = questions[1]!;
    expect(description.name?.text).toBe(`Passage: ${HEADING}`);
    expect(description.defaultgrade).toBe('0');
    expect(description.questiontext?.text).toContain(PASSAGE_ATTRIBUTION);
    expect(description.questiontext?.text).toContain(FIRST_PARAGRAPH);
    expect(description.questiontext?.text).toContain(SENTENCE_FIVE);
    expect(file.warnings.filter((w) => w.questionId === null)).toEqual([]);
  });
});

describe('QTI 3.0: a shared qti-assessment-stimulus every item refers to', () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = await unzip((await exportQuiz(PASSAGE_QUIZ, 'QTI30')).content);
  });

  test('the stimulus file is valid against the QTI 3.0 item schema in use (subset, see test/fixtures/xsd/README.md) and holds the numbered passage', async () => {
    const stimulus = files.get('stimuli/PASSAGE_1.xml') ?? '';
    expect(await schemaErrors(schemaSet('qti30Item'), new Map([['stimuli/PASSAGE_1.xml', stimulus]]))).toEqual([]);
    const parsed = xml.parse(stimulus) as { 'qti-assessment-stimulus': { identifier: string; title: string; 'qti-stimulus-body': { h2: string; p: (string | { '#text': string; class?: string })[] } } };
    const root = parsed['qti-assessment-stimulus'];
    expect([root.identifier, root.title]).toEqual(['PASSAGE_1', HEADING]);
    const paragraphs = root['qti-stimulus-body'].p.map((p) => (typeof p === 'string' ? p : p['#text']));
    expect(root['qti-stimulus-body'].h2).toBe(HEADING);
    expect(paragraphs).toContain(PASSAGE_ATTRIBUTION);
    expect(paragraphs).toContain(FIRST_PARAGRAPH);
    expect(paragraphs.some((p) => p.endsWith(SENTENCE_FIVE))).toBe(true);
  });

  test('the validator rejects a stimulus without its required title', async () => {
    const broken = (files.get('stimuli/PASSAGE_1.xml') ?? '').replace(/ title="[^"]*"/, '');
    expect((await schemaErrors(schemaSet('qti30Item'), new Map([['stimuli/PASSAGE_1.xml', broken]]))).length).toBeGreaterThan(0);
  });

  test('each item refers to it by identifier and an href that resolves inside the package, and is still valid', async () => {
    const items = new Map([...files].filter(([name]) => name.startsWith('items/')));
    expect(items.size).toBe(QUESTIONS.length);
    for (const [name, item] of items) {
      const ref = (xml.parse(item) as { 'qti-assessment-item': { 'qti-assessment-stimulus-ref'?: { identifier: string; href: string } } })['qti-assessment-item']['qti-assessment-stimulus-ref'];
      expect(ref?.identifier).toBe('PASSAGE_1');
      const resolved = new URL(ref!.href, `zip:/${name}`).pathname.slice(1);
      expect(files.has(resolved)).toBe(true);
    }
    expect(await schemaErrors(schemaSet('qti30Item'), items)).toEqual([]);
  });

  test('the manifest lists the stimulus as a stimulus resource each item depends on, valid against the QTI 3.0 CP schema', async () => {
    const manifestXml = files.get('imsmanifest.xml') ?? '';
    expect(await schemaErrors(schemaSet('qti30Manifest'), new Map([['imsmanifest.xml', manifestXml]]))).toEqual([]);
    const manifest = xml.parse(manifestXml) as { manifest: { resources: { resource: { identifier: string; type: string; href: string; dependency?: { identifierref: string } }[] } } };
    const resources = manifest.manifest.resources.resource;
    expect(resources[0]).toMatchObject({ identifier: 'PASSAGE_1', type: 'imsqti_stimulus_xmlv3p0', href: 'stimuli/PASSAGE_1.xml' });
    for (const item of resources.slice(1)) expect(item.dependency?.identifierref).toBe('PASSAGE_1');
  });
});

describe('QTI 2.1: no stimulus in the 2.1 schema, so an item without interactions first', () => {
  let files: Map<string, string>;
  let warnings: string[];
  beforeAll(async () => {
    const file = await exportQuiz(PASSAGE_QUIZ, 'QTI21');
    files = await unzip(file.content);
    warnings = file.warnings.map((w) => w.message);
  });

  test('the official QTI 2.1 schema has no assessmentStimulus element to use', () => {
    expect(schemaSet('qti21Item').schema.contents).not.toMatch(/name="assessmentStimulus"/);
  });

  test('the passage item is valid against the official schema, holds the numbered passage and asks nothing', async () => {
    const passage = files.get('items/PASSAGE_1.xml') ?? '';
    expect(await schemaErrors(schemaSet('qti21Item'), new Map([['items/PASSAGE_1.xml', passage]]))).toEqual([]);
    expect(passage).not.toMatch(/Interaction|responseDeclaration/);
    const parsed = xml.parse(passage) as { assessmentItem: { title: string; itemBody: { div: { class: string; h2: string; p: (string | { '#text': string })[] } } } };
    const body = parsed.assessmentItem.itemBody.div;
    expect([parsed.assessmentItem.title, body.class, body.h2]).toEqual([HEADING, 'passage', HEADING]);
    const paragraphs = body.p.map((p) => (typeof p === 'string' ? p : p['#text']));
    expect(paragraphs).toContain(PASSAGE_ATTRIBUTION);
    expect(paragraphs).toContain(FIRST_PARAGRAPH);
  });

  test('it comes first in the manifest, and a warning says why it is an item', async () => {
    const manifest = files.get('imsmanifest.xml') ?? '';
    expect(await schemaErrors(schemaSet('qti21Manifest'), new Map([['imsmanifest.xml', manifest]]))).toEqual([]);
    expect(manifest.indexOf('items/PASSAGE_1.xml')).toBeLessThan(manifest.indexOf('items/ITEM_001.xml'));
    expect(warnings.some((m) => /no shared stimulus/.test(m))).toBe(true);
  });
});

describe('QTI 1.2 and Common Cartridge', () => {
  test('QTI 1.2: a text-only item first holds the numbered passage, valid against the QTI ASI 1.2 schema', async () => {
    const files = await unzip((await exportQuiz(PASSAGE_QUIZ, 'QTI12')).content);
    const assessment = files.get('assessment/assessment.xml') ?? '';
    expect(await schemaErrors(schemaSet('qti12'), new Map([['assessment.xml', assessment]]))).toEqual([]);
    const parsed = xml.parse(assessment) as { questestinterop: { assessment: { section: { item: { ident: string; presentation: { material: { mattext: { '#text': string } } } }[] } } } };
    const first = parsed.questestinterop.assessment.section.item[0]!;
    expect(first.ident).toBe('PASSAGE_1');
    const text = first.presentation.material.mattext['#text'];
    expect(text).toContain(PASSAGE_ATTRIBUTION);
    expect(text).toContain(FIRST_PARAGRAPH);
    expect(text).toContain(SENTENCE_FIVE);
  });

  test('Common Cartridge: the article web page numbers its sentences as the citations do', async () => {
    const files = await unzip((await exportQuiz(PASSAGE_QUIZ, 'COMMON_CARTRIDGE')).content);
    const page = files.get('article/article-1.html') ?? '';
    expect(page).toContain('Source: Kyiv Independent, 5 Nov 2024, https://kyivindependent.com/x');
    expect(page).toContain('<span class="sentence" data-sentence="5"><span class="sentence-number">5</span> Ukraine’s military intelligence');
    expect(page.match(/<p>/g)).toHaveLength(2);
  });
});

describe('Markdown: the article before the questions', () => {
  test('heading, attribution, numbered paragraphs, then question 1', async () => {
    const text = (await exportQuiz(PASSAGE_QUIZ, 'MARKDOWN')).content.toString('utf8');
    const unescaped = text.replace(/\\(.)/g, '$1');
    expect(unescaped).toContain(PASSAGE_ATTRIBUTION);
    expect(unescaped).toContain(FIRST_PARAGRAPH);
    expect(unescaped.indexOf(SENTENCE_FIVE)).toBeLessThan(unescaped.indexOf(`1. ${QUESTIONS[0]!.prompt}`));
  });
});

describe('formats with no place for the passage say so', () => {
  const WITHOUT: ExportFormat[] = ['KAHOOT', 'QUIZIZZ', 'BLOOKET', 'GIMKIT', 'AIKEN', 'QUIZLET', 'ANKI', 'BLACKBOARD', 'BRIGHTSPACE'];
  test.each(WITHOUT)('%s warns that the article is not included, only when the quiz carries it', async (format) => {
    const carried = await exportQuiz(PASSAGE_QUIZ, format);
    expect(carried.warnings).toContainEqual({ questionId: null, message: expect.stringMatching(new RegExp(`^${format}: the format has no place for a reading passage`)) });
    const without = await exportQuiz(EXPORT_QUIZ, format);
    expect(without.warnings.some((w) => /reading passage/.test(w.message))).toBe(false);
  });

  const WITH: ExportFormat[] = ['GIFT', 'MOODLE_XML', 'QTI12', 'QTI21', 'QTI30', 'COMMON_CARTRIDGE', 'WORKSHEET_HTML', 'MARKDOWN'];
  test.each(WITH)('%s carries it and gives no such warning', async (format) => {
    const file = await exportQuiz(PASSAGE_QUIZ, format);
    expect(file.warnings.some((w) => /no place for a reading passage|not available/.test(w.message))).toBe(false);
  });
});

describe('an article XML cannot carry', () => {
  const broken = { ...PASSAGE_QUIZ, sources: [{ ...PASSAGE_QUIZ.sources![0]!, body: `${PASSAGE_BODY}\u0001`, sentences: null }] };
  test.each(['MOODLE_XML', 'QTI12', 'QTI21', 'QTI30'] as const)('%s leaves the passage out with a warning and keeps every question', async (format) => {
    const file = await exportQuiz(broken, format);
    expect(file.warnings).toContainEqual({ questionId: null, message: `${format}: the passage is left out: its text has control characters XML cannot carry.` });
    const text = format === 'MOODLE_XML' ? file.content.toString('utf8') : [...(await unzip(file.content)).values()].join('\n');
    expect(text).not.toContain('\u0001');
    expect(text).not.toContain('PASSAGE_1');
    expect(text).not.toContain('type="description"');
  });
});
