// Quizlet's "Import" box: one card per line, the term and its definition split by a tab (Quizlet's
// default separators). The term is the question, the definition its answer and explanation.
import type { Question } from '../domain/question';
import { BLANK } from '../domain/question';
import { answerText } from './answerText';
import { filenameFor } from './filename';
import { passageLeftOut } from './text/passage';
import type { ExportableQuiz, ExportedFile } from './types';

const oneLine = (text: string): string => text.replace(/[\t\r\n]+/g, ' ').trim();

/** A choice answer reads "B. Mark Rutte" in a key; on a card the letter means nothing. */
function cardAnswer(question: Question): string {
  const answer = answerText(question);
  return 'options' in question ? answer.replace(/^[A-Z]\. /, '') : answer;
}

export function writeQuizlet(quiz: ExportableQuiz): ExportedFile {
  const cards = quiz.questions.map((q) => {
    const term = q.kind === 'FILL_IN_THE_BLANK' ? q.prompt.split(BLANK).join('________') : q.prompt;
    return `${oneLine(term)}\t${oneLine(`${cardAnswer(q)} — ${q.explanation}`)}`;
  });
  return {
    filename: filenameFor(quiz.title, 'quizlet.txt'),
    mediaType: 'text/plain; charset=utf-8',
    content: Buffer.from(cards.map((c) => `${c}\n`).join(''), 'utf8'),
    binary: false,
    warnings: [
      { questionId: null, message: 'QUIZLET: every question becomes a flashcard: its question on the front, the answer and explanation on the back; options, evidence and tabs or line breaks inside texts are not kept.' },
      ...passageLeftOut('QUIZLET', quiz),
    ],
  };
}
