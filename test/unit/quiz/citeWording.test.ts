// How an explanation points at its sentence: by the number the passage shows on /play and in the
// exports, naming the article only where an event has several, each numbered from 1.
import { cite } from '../../../src/quiz/compose/evidence';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { ev, quizFacts } from '../../fixtures/quizFacts';

describe('cite', () => {
  test('one article: “the words” (sentence N), N counted from 1', () => {
    expect(cite(indexFacts(quizFacts), [ev(5, 'The Harbor Council said Tuesday')])).toBe('“The Harbor Council said Tuesday” (sentence 6)');
  });

  test('several articles: the sentence’s article is named by its title, since each passage numbers from 1', () => {
    const [first] = quizFacts.articles;
    const second = { ...first!, id: 'art-2', title: 'Engineers reach Lakeside' };
    const facts = { ...quizFacts, articles: [{ ...first!, title: 'Bridge deal signed' }, second] };
    expect(cite(indexFacts(facts), [ev(5, 'The Harbor Council said Tuesday')])).toBe('“The Harbor Council said Tuesday” (sentence 6 of “Bridge deal signed”)');
    expect(cite(indexFacts(facts), [{ ...ev(5, 'The Harbor Council said Tuesday'), articleId: 'art-2' }])).toBe('“The Harbor Council said Tuesday” (sentence 6 of “Engineers reach Lakeside”)');
  });

  test('several articles, this one untitled: the bare number, never the store’s id', () => {
    const [first] = quizFacts.articles;
    const facts = { ...quizFacts, articles: [first!, { ...first!, id: 'art-2', title: 'Engineers reach Lakeside' }] };
    expect(cite(indexFacts(facts), [ev(5, 'The Harbor Council said Tuesday')])).toBe('“The Harbor Council said Tuesday” (sentence 6)');
  });
});
