// no-answer-elsewhere: a question must not print what another question of the same quiz asks for.
// The cases are hand-picked pairs from the fixture's bank, each shown caught, beside pairs that pass.
import type { Question } from '../../../src/domain/question';
import { checkQuiz, generateQuiz, questionBank } from '../../../src/quiz';
import { quizFacts } from '../../fixtures/quizFacts';

const bank = questionBank(quizFacts);
const find = (kind: Question['kind'], text: string): Question => {
  const q = bank.find((x) => x.kind === kind && x.prompt.includes(text));
  if (q === undefined) throw new Error(`no ${kind} question with “${text}” in the fixture bank`);
  return q;
};
const broken = (questions: Question[]): string[] => checkQuiz(questions, quizFacts).filter((v) => v.rule === 'no-answer-elsewhere').map((v) => `${v.questionId}: ${v.message}`);

const blankBergAtLakeside = find('FILL_IN_THE_BLANK', '_____, speaking at a press conference in Lakeside');
const whoSaidGrateful = find('WHO_SAID_IT', 'grateful');
const whichPlaceInFreedonia = find('MULTIPLE_CHOICE', 'which place is in Freedonia');
const engineersNumeric = find('NUMERIC', 'Ruritanian engineers are being sent');
const bergThreeThousandTrue = bank.find((q) => q.kind === 'TRUE_FALSE' && q.answer.value && q.prompt.includes('Berg said Ruritania is sending around 3,000')) as Question;
const teamsNumeric = find('NUMERIC', 'engineering teams');
const primeMinister = find('MULTIPLE_CHOICE', 'Prime Minister of Freedonia');

describe('no-answer-elsewhere', () => {
  it('catches a blank whose name another question offers among its options', () => {
    // “_____, speaking … in Lakeside” is Berg; the who-said-it question lists “Anna Berg”.
    expect(broken([blankBergAtLakeside, whoSaidGrateful])).toEqual([expect.stringMatching(new RegExp(`^${blankBergAtLakeside.id}: .*prints its answer “Berg”`))]);
  });

  it('catches a place answer printed in another question’s prompt', () => {
    // "Which place is in Freedonia?" is Lakeside, which the blank's sentence prints.
    expect(broken([whichPlaceInFreedonia, blankBergAtLakeside])).toContain(`${whichPlaceInFreedonia.id}: question ${blankBergAtLakeside.id} prints its answer “Lakeside”`);
  });

  it('catches a figure to recall that a true statement prints', () => {
    expect(broken([engineersNumeric, bergThreeThousandTrue])).toEqual([`${engineersNumeric.id}: question ${bergThreeThousandTrue.id} prints its answer “3000”`]);
  });

  it('passes questions that print nothing of each other’s answers', () => {
    expect(broken([teamsNumeric, whoSaidGrateful])).toEqual([]);
  });

  it('passes a choice question whose options are all printed elsewhere: seeing them singles none out', () => {
    // Both list Anna Berg, Tomas Vell and Marta Kos; neither answer stands out from the other's list.
    expect(broken([primeMinister, whoSaidGrateful])).toEqual([]);
  });

  it('keeps such pairs out of generated quizzes (checked with its own matching, not the rule’s)', () => {
    const words = (t: string): string => ` ${t.toLowerCase().replace(/(\d),(\d)/g, '$1$2').replace(/[^a-z0-9]+/g, ' ').trim()} `;
    const shown = (q: Question): string => ('options' in q ? [q.prompt, ...q.options.map((o) => o.text)] : q.kind === 'MATCHING' ? [q.prompt, ...q.left.map((i) => i.text), ...q.right.map((i) => i.text)] : q.kind === 'ORDERING' ? [q.prompt, ...q.items.map((i) => i.text)] : [q.prompt]).join(' | ');
    const leaks: string[] = [];
    for (let s = 0; s < 15; s++) {
      const quiz = generateQuiz(quizFacts, { count: 10, seed: `elsewhere-${s}` }).questions;
      for (const q of quiz) {
        const answers = q.kind === 'FILL_IN_THE_BLANK' ? q.answer.accepted : q.kind === 'NUMERIC' ? [String(q.answer.value)] : [];
        for (const other of quiz) {
          if (other === q) continue;
          const hit = answers.find((a) => words(shown(other)).includes(words(a)));
          if (hit !== undefined) leaks.push(`seed ${s}: “${hit}” of ${q.id} printed in ${other.id}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});
