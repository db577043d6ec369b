// Citations name articles as a reader would: by title, outlet and date, or by their place in the
// quiz; never by the store's id, which means nothing to a class.
import type { Evidence } from '../../../src/domain/facts';
import type { Question } from '../../../src/domain/question';
import { EXPORT_FORMATS, exportQuiz, type ExportedFile } from '../../../src/export';
import { citation } from '../../../src/export/text/evidence';
import { readableDate, sourceNames } from '../../../src/export/text/sourceNames';
import { ARTICLE_CITED_AS, ARTICLE_ID, EXPORT_QUIZ, QUESTIONS, questionOfKind } from '../../fixtures/exportQuiz';
import { unzip } from './support';

/** A question citing the given articles, one piece of evidence each, in that order. */
function citing(id: string, ...articleIds: string[]): Question {
  const evidence: Evidence[] = articleIds.map((articleId) => ({ articleId, sentenceIndex: 0, start: 0, end: 1, text: 'x' }));
  return { ...questionOfKind('TRUE_FALSE'), id, evidence };
}

const untitled = (id: string) => ({ id, title: null, outlet: null, publishedAt: null });

describe('naming the articles a quiz cites', () => {
  test('an article with a title, outlet and date is “Title” (Outlet, 17 Oct 2024)', () => {
    const name = sourceNames({ questions: [citing('q', '7')], sources: [{ id: '7', title: 'Ceasefire talks stall', outlet: 'Reuters', publishedAt: '2024-10-17' }] });
    expect(name('7')).toBe('“Ceasefire talks stall” (Reuters, 17 Oct 2024)');
  });

  test('what is unknown is left out: title only, title and date, title and outlet', () => {
    const sources = [
      { id: '1', title: 'Only a title', outlet: null, publishedAt: null },
      { id: '2', title: 'A dated title', outlet: null, publishedAt: '2025-03-04' },
      { id: '3', title: 'An outlet’s title', outlet: 'AP', publishedAt: null },
    ];
    const name = sourceNames({ questions: [citing('q', '1', '2', '3')], sources });
    expect(['1', '2', '3'].map(name)).toEqual(['“Only a title”', '“A dated title” (4 Mar 2025)', '“An outlet’s title” (AP)']);
  });

  test('the only article a quiz cites, untitled, is "the article", whether or not it is among the sources', () => {
    expect(sourceNames({ questions: [citing('q1', '42'), citing('q2', '42')], sources: [untitled('42')] })('42')).toBe('the article');
    expect(sourceNames({ questions: [citing('q1', '42')] })('42')).toBe('the article');
  });

  test('several untitled articles are numbered by first citation in the quiz, not by their ids', () => {
    const questions = [citing('q1', '90'), citing('q2', '12', '90'), citing('q3', '55')];
    const name = sourceNames({ questions, sources: [untitled('12'), untitled('55'), untitled('90')] });
    expect(['90', '12', '55'].map(name)).toEqual(['article 1', 'article 2', 'article 3']);
  });

  test('a titled article takes no number, so the untitled ones are numbered without gaps', () => {
    const questions = [citing('q1', '5'), citing('q2', '6'), citing('q3', '7')];
    const name = sourceNames({ questions, sources: [untitled('5'), { id: '6', title: 'Named', outlet: null, publishedAt: null }] });
    expect(['5', '6', '7'].map(name)).toEqual(['article 1', '“Named”', 'article 2']);
  });

  test('a date the store could not have written is left out rather than shown wrong', () => {
    expect(readableDate('2024-13-01')).toBeNull();
    expect(readableDate('yesterday')).toBeNull();
    expect(readableDate('2024-02-09')).toBe('9 Feb 2024');
  });

  test('a citation quotes the evidence, then names its source and sentence, counting from 1', () => {
    const question = questionOfKind('MULTIPLE_CHOICE');
    const evidence = question.evidence[0]!;
    expect(citation(evidence, sourceNames(EXPORT_QUIZ))).toBe(`“${evidence.text}” — ${ARTICLE_CITED_AS}, sentence 5`);
  });
});

/** Every text the file holds: itself, or each entry of a zip (QTI packages, xlsx workbooks). */
async function allText(file: ExportedFile): Promise<string> {
  return file.binary ? [...(await unzip(file.content)).values()].join('\n') : file.content.toString('utf8');
}

describe('no export shows the store’s article id', () => {
  test.each(EXPORT_FORMATS)('%s: with sources given, the raw id never appears', async (format) => {
    expect(await allText(await exportQuiz(EXPORT_QUIZ, format))).not.toContain(ARTICLE_ID);
  });

  test.each(EXPORT_FORMATS)('%s: without sources, neither', async (format) => {
    const { sources: _omitted, ...withoutSources } = EXPORT_QUIZ;
    expect(await allText(await exportQuiz(withoutSources, format))).not.toContain(ARTICLE_ID);
  });

  test('QTI feedback cites the article by its title', async () => {
    const files = await unzip((await exportQuiz(EXPORT_QUIZ, 'QTI30')).content);
    const items = [...files].filter(([name]) => name.startsWith('items/')).map(([, xml]) => xml);
    expect(items).toHaveLength(QUESTIONS.length);
    // XML escapes the title's & < > and quotes; the outlet and date come through as written.
    for (const xml of items) expect(xml).toContain('(Kyiv Independent, 5 Nov 2024), sentence ');
  });
});
