// The quiz rules in one place. Question rules hold for every question, in the bank and in a quiz;
// quiz rules hold for questions handed out together.
import type { EventFacts } from '../../domain/facts';
import type { Question } from '../../domain/question';
import { indexFacts, type FactIndex } from '../facts/factIndex';
import { answerSupported } from './answerSupported';
import { comprehensionHolds } from './comprehensionHolds';
import { distractorsValid } from './distractorsValid';
import { noAnswerElsewhere } from './noAnswerElsewhere';
import { noAbsoluteClues, noCatchAllOptions } from './noClueWords';
import { noFalseBySilence } from './noFalseBySilence';
import { noPromptEcho } from './noPromptEcho';
import { noSelfGiveaway } from './noSelfGiveaway';
import { noTitleGiveaway } from './noTitleGiveaway';
import { balancedPositions, correctNotLongest, noBlindStrategy, noCrossGiveaway, noNearDuplicates } from './quizRules';
import type { QuestionRule, QuizRule, Violation } from './types';
import { wellFormed } from './wellFormed';

export type { Violation } from './types';

export const QUESTION_RULES: readonly QuestionRule[] = [wellFormed, answerSupported, distractorsValid, noSelfGiveaway, noTitleGiveaway, noPromptEcho, noCatchAllOptions, noAbsoluteClues, noFalseBySilence, comprehensionHolds];
export const QUIZ_RULES: readonly QuizRule[] = [noCrossGiveaway, noAnswerElsewhere, noNearDuplicates, correctNotLongest, balancedPositions, noBlindStrategy];

export function questionViolations(question: Question, index: FactIndex): Violation[] {
  return QUESTION_RULES.flatMap((rule) => rule.check(question, index).map((message) => ({ rule: rule.name, questionId: question.id, message })));
}

export interface CheckOptions {
  /**
   * QUIZ (default): every rule. BANK: question rules only, since a bank is a pool to choose from and
   * legitimately tests one fact several ways; what matters there is that each question is sound.
   */
  readonly scope?: 'QUIZ' | 'BANK';
}

/** Every rule violation in the questions, checked against the facts they were made from. */
export function checkQuiz(questions: readonly Question[], facts: EventFacts, options: CheckOptions = {}): Violation[] {
  const index = indexFacts(facts);
  const perQuestion = questions.flatMap((q) => questionViolations(q, index));
  if (options.scope === 'BANK') return perQuestion;
  return [...perQuestion, ...QUIZ_RULES.flatMap((rule) => rule.check(questions, index))];
}
