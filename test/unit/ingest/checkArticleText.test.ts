import { checkArticleText, MAX_ARTICLE_CHARS } from '../../../src/ingest';
import { readFixture } from './helpers';

describe('checkArticleText', () => {
  it('accepts an English article and normalises line endings, trailing spaces and Unicode form', () => {
    const body = `${readFixture('wire-port-strike.txt').replace(/\n/g, '  \r\n')}Cafe\u0301`;
    const result = checkArticleText(body);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.normalised).not.toMatch(/\r| \n/);
      expect(result.normalised.endsWith('Café')).toBe(true);
    }
  });

  it.each([
    ['empty text', '   \n\t ', /empty/],
    ['text over the size limit', 'the news '.repeat(MAX_ARTICLE_CHARS / 8), /limit is 100,000/],
    ['binary data', 'PK\u0003\u0004\u0000\u0000 binary', /binary/],
    ['many replacement characters', `The ${'\uFFFD'.repeat(40)} report`, /encoding/],
    [
      'French text',
      'Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs touchés par la sécheresse, selon un communiqué publié par le ministère après une réunion avec les syndicats agricoles à Paris.',
      /English/,
    ],
  ])('rejects %s with a message a person understands', (_label, body, message) => {
    const result = checkArticleText(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(message);
  });
});
