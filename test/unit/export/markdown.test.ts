import { exportQuiz } from '../../../src/export';
import { markdownText } from '../../../src/export/markdown';
import { ARTICLE_CITED_AS, EXPORT_QUIZ, QUESTIONS } from '../../fixtures/exportQuiz';

const unescape = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('Markdown export', () => {
  test('every ASCII character that can start markup is backslash-escaped, so it shows literally', () => {
    const hostile = '*bold* _it_ `code` [link](x) <b> # 1. - + ! | ~ & "q" \\';
    const escaped = markdownText(hostile);
    expect(escaped).not.toMatch(/(^|[^\\])[*_`[\]<>#]/);
    expect(unescape(escaped)).toBe(hostile);
  });

  test('the questions come first, then the answer key after a rule, with explanations and evidence', async () => {
    const text = (await exportQuiz(EXPORT_QUIZ, 'MARKDOWN')).content.toString('utf8');
    const [questions = '', key = ''] = text.split('\n---\n');
    expect(key).toContain('## Answer key');
    for (const question of QUESTIONS) {
      expect(unescape(key)).toContain(question.explanation);
      for (const evidence of question.evidence) {
        expect(unescape(key)).toContain(evidence.text);
        expect(unescape(key)).toContain(`— ${ARTICLE_CITED_AS}, sentence ${evidence.sentenceIndex + 1}`);
      }
      expect(unescape(questions)).not.toContain(question.explanation);
    }
  });
});
