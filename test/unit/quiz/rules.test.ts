// Each rule, shown catching the defect it exists for. Defects are made by editing sound questions.
import type { EventFacts } from '../../../src/domain/facts';
import type { ChoiceQuestion, Question } from '../../../src/domain/question';
import { checkQuiz, questionBank } from '../../../src/quiz';
import { withCorrectAt } from '../../../src/quiz/compose/choiceQuestion';
import { quizFacts } from '../../fixtures/quizFacts';
import { choiceQuestions, correctText, ofKind, testsFact } from './helpers';

const bank = questionBank(quizFacts);
const rulesBroken = (questions: readonly Question[]): string[] => [...new Set(checkQuiz(questions, quizFacts).map((v) => v.rule))];

const whoSaidGrateful = ofKind(bank, 'WHO_SAID_IT').find((q) => q.prompt.includes('grateful')) as ChoiceQuestion;
const whereBerg = ofKind(bank, 'MULTIPLE_CHOICE').find((q) => q.prompt.includes('where was Anna Berg')) as ChoiceQuestion;

function withOption(q: ChoiceQuestion, text: string): ChoiceQuestion {
  return { ...q, options: [...q.options, { id: String.fromCharCode(97 + q.options.length), text, correct: false, rationale: 'Wrong.' }] };
}

describe('the rules', () => {
  it('pass a sound question', () => {
    expect(rulesBroken([whoSaidGrateful])).toEqual([]);
  });

  it('answer-supported: catch evidence that is not the article’s words', () => {
    const forged = { ...whoSaidGrateful, evidence: [{ ...whoSaidGrateful.evidence[0]!, text: 'We are grateful for nothing' }] };
    expect(rulesBroken([forged])).toContain('answer-supported');
  });

  it('answer-supported: catch a figure the cited words do not give', () => {
    const numeric = ofKind(bank, 'NUMERIC').find((q) => testsFact(q, 'q-road'))!;
    expect(rulesBroken([{ ...numeric, answer: { ...numeric.answer, value: 45 } }])).toContain('answer-supported');
  });

  it('answer-supported: catch a "false" statement that changed nothing', () => {
    const truth = ofKind(bank, 'TRUE_FALSE').find((q) => q.answer.value && testsFact(q, 'c-vell-ready'))!;
    expect(rulesBroken([{ ...truth, answer: { value: false } }])).toContain('answer-supported');
  });

  it('distractors-valid: catch the speaker’s alias offered as a distractor', () => {
    expect(checkQuiz([withOption(whoSaidGrateful, 'Berg')], quizFacts).map((v) => v.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/“Berg” is another name for the answer/)]),
    );
  });

  it('distractors-valid: catch a distractor of another type (a place for a person)', () => {
    expect(checkQuiz([withOption(whoSaidGrateful, 'Lakeside')], quizFacts).map((v) => v.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/not the same sort of thing/)]),
    );
  });

  it('distractors-valid: catch two options that are the same after normalisation', () => {
    expect(checkQuiz([withOption(whoSaidGrateful, correctText(whoSaidGrateful).toUpperCase() + '.')], quizFacts).map((v) => v.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/same after normalisation/)]),
    );
  });

  it('distractors-valid: catch a distractor that is also right (the country containing the place)', () => {
    expect(checkQuiz([withOption(whereBerg, 'Freedonia')], quizFacts).map((v) => v.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/“Freedonia” is tied to the answer/)]),
    );
  });

  it('distractors-valid: catch a co-responder offered as the wrong speaker', () => {
    // Vell and the Fund both did not confirm Berg's figure.
    const fund = ofKind(bank, 'WHO_SAID_IT').find((q) => testsFact(q, 'c-fund-not-confirmed'))!;
    const withVell = withOption(fund, 'Tomas Vell');
    expect(checkQuiz([withVell], quizFacts).map((v) => v.message)).toEqual(expect.arrayContaining([expect.stringMatching(/answered the same claim/)]));
  });

  it('no-false-by-silence: catch a negative statement keyed false because its subject was swapped', () => {
    const doubt = ofKind(bank, 'TRUE_FALSE').find((q) => q.answer.value && testsFact(q, 'c-fund-not-confirmed'))!;
    const swapped = { ...doubt, prompt: 'According to the article, Ola Tarn has not confirmed the plan.', answer: { value: false } };
    expect(rulesBroken([swapped])).toContain('no-false-by-silence');
    // The same doubt made false by flipping it, for the same speaker, is sound.
    expect(rulesBroken([{ ...swapped, prompt: 'According to the article, the World Bridge Fund has confirmed the plan.' }])).not.toContain('no-false-by-silence');
  });

  it('no-self-giveaway: catch a prompt that contains its answer', () => {
    expect(rulesBroken([{ ...whoSaidGrateful, prompt: 'Which words did Berg say: “We are grateful for the help of our neighbours”?' }])).toContain('no-self-giveaway');
  });

  it('no-catch-all-options and no-absolute-clues: catch "all of the above" and "only"', () => {
    expect(rulesBroken([withOption(whoSaidGrateful, 'All of the above')])).toContain('no-catch-all-options');
    expect(rulesBroken([withOption(whoSaidGrateful, 'Only Tomas Vell')])).toContain('no-absolute-clues');
  });

  it('well-formed: catch a blank that erases the whole sentence, leaving a dangling quotation mark', () => {
    const fill = ofKind(bank, 'FILL_IN_THE_BLANK')[0]!;
    const erased = { ...fill, prompt: 'Complete the sentence from the article: _____”' };
    expect(checkQuiz([erased], quizFacts).filter((v) => v.rule === 'well-formed').map((v) => v.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/outside the blank/), expect.stringMatching(/quotation mark/)]),
    );
  });

  it('well-formed: catch two correct options', () => {
    const two = { ...whoSaidGrateful, options: whoSaidGrateful.options.map((o) => ({ ...o, correct: true })) };
    expect(rulesBroken([two])).toContain('well-formed');
  });

  it('no-cross-giveaway: catch a question whose prompt answers another', () => {
    const who = ofKind(bank, 'WHO_SAID_IT').find((q) => testsFact(q, 'c-berg-sending'))!;
    const statement = ofKind(bank, 'TRUE_FALSE').find((q) => q.answer.value && testsFact(q, 'c-berg-sending') && q.prompt.includes('Berg said'))!;
    expect(rulesBroken([who, statement])).toContain('no-cross-giveaway');
  });

  it('no-near-duplicates: catch the same statement asked twice with one word changed', () => {
    const [a, b] = ofKind(bank, 'TRUE_FALSE').filter((q) => testsFact(q, 'c-berg-sending') && q.tests.length === 1);
    expect(rulesBroken([a!, b!])).toContain('no-near-duplicates');
  });

  it('no-near-duplicates: catch two choice questions offering the same options under different prompts', () => {
    const original = ofKind(bank, 'WHO_SAID_IT').find((q) => q.options.length >= 3)!;
    const reworded: ChoiceQuestion = { ...original, id: `${original.id}-reworded`, prompt: 'Which person in the report made the remark about the harbour?' };
    expect(rulesBroken([original, reworded])).toContain('no-near-duplicates');
  });

  it('balanced-positions: catch every correct answer at option a', () => {
    const choices = [...ofKind(bank, 'WHO_SAID_IT'), ...ofKind(bank, 'SOURCE_AND_STANDING')].slice(0, 6).map((q) => withCorrectAt(q, 0));
    expect(rulesBroken(choices)).toContain('balanced-positions');
  });

  it('correct-not-longest: catch a quiz where the right option is always the longest', () => {
    const padded = choiceQuestions(bank)
      .filter((q) => q.options.length >= 3)
      .slice(0, 6)
      .map((q) => ({ ...q, options: q.options.map((o) => (o.correct ? { ...o, text: `${o.text}, as quoted in the article` } : o)) }));
    expect(rulesBroken(padded)).toContain('correct-not-longest');
  });
});

describe('no-title-giveaway', () => {
  const titled: EventFacts = { ...quizFacts, articles: quizFacts.articles.map((a) => ({ ...a, title: 'Engineers head for Lakeside as Ruritania acts' })) };
  const blank = (answer: string): Question => ({
    id: `fill-${answer}`, kind: 'FILL_IN_THE_BLANK', prompt: 'Complete the sentence from the article: the engineers will travel to _____ next week, officials said.',
    answer: { accepted: [answer] }, explanation: 'x', evidence: [], tests: [],
    difficulty: { level: 'EASY', score: 0, factors: { distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false } },
  });
  const rule = (q: Question, facts: EventFacts = titled): string[] => checkQuiz([q], facts, { scope: 'BANK' }).filter((v) => v.rule === 'no-title-giveaway').map((v) => v.message);

  it('catches a blank whose answer the headline prints', () => {
    expect(rule(blank('Ruritania'))).toEqual(['the title “Engineers head for Lakeside as Ruritania acts” prints the answer “Ruritania”']);
  });

  it('leaves a blank alone when the headline does not print it, or there is no headline', () => {
    expect(rule(blank('Varna'))).toEqual([]);
    expect(rule(blank('Ruritania'), quizFacts)).toEqual([]);
  });

  it('keeps such questions out of the bank', () => {
    for (const q of questionBank(titled)) expect(rule(q)).toEqual([]);
  });
});

describe('no-prompt-echo', () => {
  const whenMonday = ofKind(bank, 'MULTIPLE_CHOICE').find((q) => q.prompt.includes('which of these happened on Monday'))!;
  const echoed = (q: ChoiceQuestion): string[] => checkQuiz([q], quizFacts).filter((v) => v.rule === 'no-prompt-echo').map((v) => v.message);

  it('passes options that share no prompt word, or share it equally', () => {
    expect(echoed(whenMonday)).toEqual([]);
    // Every option repeats “engineers”: none stands out.
    const even: ChoiceQuestion = { ...whenMonday, prompt: 'Which of these is about engineers?', options: whenMonday.options.map((o) => ({ ...o, text: `${o.text} with engineers` })) };
    expect(echoed(even)).toEqual([]);
  });

  it('catches a correct option that alone repeats the prompt’s date word', () => {
    const dated: ChoiceQuestion = { ...whenMonday, options: whenMonday.options.map((o) => (o.correct ? { ...o, text: `${o.text} on Monday` } : o)) };
    expect(echoed(dated)).toEqual([expect.stringMatching(/repeats 1 of the prompt's words, more than any other option/)]);
  });

  it('catches it when a distractor repeats fewer of the prompt’s words than the answer', () => {
    const prompt = 'Which of these happened to the Varna Bridge in the storm?';
    const wrong = ['The Varna road was closed', 'Ruritania sent surveyors', 'The Harbor Council met'];
    let w = 0;
    const options = whenMonday.options.map((o) => ({ ...o, text: o.correct ? 'The Varna Bridge fell in a storm' : (wrong[w++] as string) }));
    expect(echoed({ ...whenMonday, prompt, options })).toHaveLength(1);
  });
});
