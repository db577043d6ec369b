// A quiz's class statistics: its stored attempts fed to the pure statistics module, with the
// option texts put back so the report can show them.
import type { DataSource } from 'typeorm';
import type { StoredResponse } from '../db/entities/attempt';
import type { Question } from '../domain/question';
import type { StoredQuiz } from '../quizzes/storedQuiz';
import { allAttempts } from './attemptStore';
import { quizStatistics, type OptionStatistics, type QuestionForStatistics, type QuestionStatistics, type QuizStatistics } from './statistics';

/** Options a student picks from; true/false counts as two options, "true" and "false". */
export function optionsOf(question: Question): { id: string; text: string; correct: boolean }[] | null {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return question.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct }));
    case 'TRUE_FALSE':
      return [
        { id: 'true', text: 'True', correct: question.answer.value },
        { id: 'false', text: 'False', correct: !question.answer.value },
      ];
    default:
      return null;
  }
}

function choiceOf(response: StoredResponse | null): string | null {
  if (response === null) return null;
  if ('optionId' in response) return response.optionId;
  if ('booleanValue' in response) return String(response.booleanValue);
  return null;
}

export interface OptionReport extends OptionStatistics {
  readonly text: string;
}

export interface QuestionReport extends Omit<QuestionStatistics, 'options'> {
  readonly question: Question;
  readonly options: readonly OptionReport[] | null;
}

export interface QuizReport extends Omit<QuizStatistics, 'questions'> {
  readonly questions: readonly QuestionReport[];
}

/**
 * Statistics are per version: an item analysis over attempts that answered different questions
 * at one position would mix them. `quiz` is the quiz as it stood at the version to report
 * (quizzes/quizVersions.ts); only the attempts at that version count.
 */
export async function statisticsOfQuiz(ds: DataSource, quiz: StoredQuiz): Promise<QuizReport> {
  const attempts = await allAttempts(ds, Number(quiz.id), quiz.version);
  const questions: QuestionForStatistics[] = quiz.questions.map((q) => ({ id: q.id, options: optionsOf(q) }));
  const stats = quizStatistics(
    questions,
    attempts.map((a) => ({
      order: a.id,
      points: a.score.points,
      maxPoints: a.score.maxPoints,
      answers: quiz.questions.map((_, position) => {
        const answer = a.answers.find((x) => x.position === position);
        return {
          answered: answer?.response != null,
          credit: answer?.credit ?? 0,
          correct: answer?.correct ?? false,
          choice: choiceOf(answer?.response ?? null),
        };
      }),
    })),
  );
  return {
    ...stats,
    questions: stats.questions.map((s, i) => {
      const question = quiz.questions[i]!;
      const texts = new Map((optionsOf(question) ?? []).map((o) => [o.id, o.text]));
      return { ...s, question, options: s.options?.map((o) => ({ ...o, text: texts.get(o.optionId) ?? o.optionId })) ?? null };
    }),
  };
}
