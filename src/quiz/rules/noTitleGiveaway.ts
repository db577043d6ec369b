// Rule: the headline does not print the answer. A worksheet shows the article's title, and a student
// who never read the article fills "riot police deployed in _____" from "Police clash in Lagos".
// Only answers a student must supply or pick count: a name, a figure, a blanked phrase.
import type { Question } from '../../domain/question';
import type { FactIndex } from '../facts/factIndex';
import { containsPhrase } from '../text/normalize';
import { answerTexts } from './answerTexts';
import type { QuestionRule } from './types';

function check(question: Question, index: FactIndex): string[] {
  const titles = index.facts.articles.flatMap((a) => (a.title === null ? [] : [a.title]));
  const problems: string[] = [];
  for (const text of answerTexts(question, index)) {
    const title = titles.find((t) => containsPhrase(t, text));
    if (title !== undefined) problems.push(`the title “${title}” prints the answer “${text}”`);
  }
  return problems;
}

export const noTitleGiveaway: QuestionRule = { name: 'no-title-giveaway', check };
