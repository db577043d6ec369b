import { searchTerms } from '../../../src/search/searchTerms';
import { parseSnippet } from '../../../src/search/snippet';

test('a search is its words, lower-cased, without stop words or repeats, punctuation and operators dropped', () => {
  expect(searchTerms('The Fire in  Paris, the FIRE!')).toEqual(['fire', 'paris']);
  expect(searchTerms('"zeppelin" AND (walrus*) -parade NEAR')).toEqual(['zeppelin', 'walrus', 'parade', 'near']);
  expect(searchTerms('Zürich 2026')).toEqual(['zürich', '2026']);
  // Full-width letters fold to their ordinary forms, as they do in stored text.
  expect(searchTerms('ＮＡＴＯ')).toEqual(['nato']);
});

test('nothing but stop words or punctuation, too many words or characters: a bad request', () => {
  expect(() => searchTerms('the of and')).toThrow(/at least one word/);
  expect(() => searchTerms('  ')).toThrow(/at least one word/);
  expect(() => searchTerms(Array.from({ length: 11 }, (_, i) => `w${i}`).join(' '))).toThrow(/at most 10 words/);
  expect(searchTerms(Array.from({ length: 10 }, (_, i) => `w${i}`).join(' '))).toHaveLength(10);
  expect(() => searchTerms('a'.repeat(201))).toThrow(/at most 200 characters/);
});

test('a marked snippet becomes plain text and the ranges of its highlights; neighbours merge', () => {
  expect(parseSnippet('the \uE000fire\uE001 in \uE000Paris\uE001…')).toEqual({ text: 'the fire in Paris…', highlights: [{ start: 4, end: 8 }, { start: 12, end: 17 }] });
  expect(parseSnippet('\uE000North\uE001\uE000Korea\uE001 said')).toEqual({ text: 'NorthKorea said', highlights: [{ start: 0, end: 10 }] });
  // An empty or unclosed mark highlights nothing.
  expect(parseSnippet('a \uE000\uE001b \uE000c')).toEqual({ text: 'a b c', highlights: [] });
});
