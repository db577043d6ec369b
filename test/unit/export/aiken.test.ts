import { exportQuiz } from '../../../src/export';
import { EXPORT_QUIZ, questionOfKind, quizWith } from '../../fixtures/exportQuiz';

/** Moodle's Aiken rules: a question line, option lines "A. …", then "ANSWER: X"; blocks split by blank lines. */
function readAiken(text: string): { prompt: string; options: string[]; answer: string }[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n');
      const answer = lines.pop() ?? '';
      expect(answer).toMatch(/^ANSWER: [A-Z]$/);
      const [prompt = '', ...options] = lines;
      options.forEach((o, i) => expect(o.startsWith(`${String.fromCharCode(65 + i)}. `)).toBe(true));
      return { prompt, options: options.map((o) => o.slice(3)), answer: answer.slice('ANSWER: '.length) };
    });
}

describe('Aiken export', () => {
  test('every block is a question, lettered options and one answer line', async () => {
    const file = await exportQuiz(EXPORT_QUIZ, 'AIKEN');
    const blocks = readAiken(file.content.toString('utf8'));
    const mc = questionOfKind('MULTIPLE_CHOICE');
    const block = blocks.find((b) => b.prompt === mc.prompt);
    expect(block?.options).toEqual(mc.options.map((o) => o.text));
    expect(block?.answer).toBe('B');
    const tf = blocks.find((b) => b.prompt === questionOfKind('TRUE_FALSE').prompt);
    expect(tf).toEqual({ prompt: questionOfKind('TRUE_FALSE').prompt, options: ['True', 'False'], answer: 'B' });
  });

  test('a numeric answer with a tolerance is left out, an exact one becomes a choice', async () => {
    const numeric = questionOfKind('NUMERIC');
    const exact = readAiken((await exportQuiz(EXPORT_QUIZ, 'AIKEN')).content.toString('utf8')).find((b) => b.prompt === numeric.prompt);
    expect(exact?.options).toEqual(expect.arrayContaining(['11,000 troops', '5,500 troops', '16,500 troops', '22,000 troops']));
    const tolerant = await exportQuiz(quizWith({ ...numeric, answer: { ...numeric.answer, tolerance: 500 } }), 'AIKEN');
    expect(tolerant.content.toString('utf8')).not.toContain(numeric.prompt);
    expect(tolerant.warnings).toContainEqual({ questionId: numeric.id, message: expect.stringContaining('NUMERIC left out') });
  });

  test('a prompt with a line break is left out, not joined onto one line', async () => {
    const broken = { ...questionOfKind('WHO_SAID_IT'), prompt: 'Who said it?\nA. trick' };
    const file = await exportQuiz(quizWith(broken), 'AIKEN');
    expect(file.warnings).toContainEqual({ questionId: broken.id, message: expect.stringContaining('line break') });
    expect(file.content.toString('utf8')).not.toContain('A. trick');
  });
});
