// A question's name in a question bank (GIFT, Moodle XML, QTI 1.2 titles): what a teacher scans a
// list of questions by. The opening words of the prompt, ended at a word, never the store's id.
import { BLANK, type Question } from '../../domain/question';

const MAX_LENGTH = 60;

export function questionTitle(question: Question): string {
  const text = question.prompt.split(BLANK).join('…').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_LENGTH) return text;
  const cut = text.slice(0, MAX_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(' ');
  // A prompt with no space in its first 60 characters is one long word: it is kept whole.
  if (lastSpace <= 0) return text.slice(0, text.indexOf(' ') > 0 ? text.indexOf(' ') : undefined);
  return `${cut.slice(0, lastSpace).replace(/[\s,;:—–-]+$/, '')}…`;
}
