import { BLANK, type FillInTheBlankQuestion } from '../../../src/domain/question';
import { gradeResponse, questionBank } from '../../../src/quiz';
import { fillInBody, FILL_PROMPT_LEAD } from '../../../src/quiz/compose/prompts';
import { figureAnswers, nameAnswers, wordAnswers } from '../../../src/quiz/facts/answerVariants';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { fillInTheBlankQuestions } from '../../../src/quiz/generators/fillInTheBlank';
import { questionViolations } from '../../../src/quiz/rules';
import { quizFacts } from '../../fixtures/quizFacts';
import { handFacts, type HandSpec } from './handFacts';

function fills(spec: HandSpec): FillInTheBlankQuestion[] {
  const index = indexFacts(handFacts(spec).facts);
  const out = fillInTheBlankQuestions(index) as FillInTheBlankQuestion[];
  // Whatever is made passes every question rule, the rewritten stem included.
  for (const q of out) expect(questionViolations(q, index)).toEqual([]);
  return out;
}

const answers = (qs: readonly FillInTheBlankQuestion[]): string[] => qs.map((q) => q.answer.accepted[0] ?? '');
const stems = (qs: readonly FillInTheBlankQuestion[]): string[] => qs.map((q) => fillInBody(q.prompt));

const berg = { id: 'berg', kind: 'PERSON' as const, name: 'Anna Berg', aliases: ['Berg'] };
const bush = { id: 'bush', kind: 'PERSON' as const, name: 'George Bush', aliases: ['Bush'] };

describe('fill-in stems stand alone', () => {
  it('names the person a leading “He” refers to, and the blank still fits the cited sentence', () => {
    const qs = fills({
      sentences: ['George Bush arrived in Ottawa on Tuesday for a short visit.', 'He said about 5,000 people had marched against the visit in the capital.'],
      entities: [bush],
      mentions: [['bush', 0, 'George Bush'], ['bush', 1, 'He']],
      claims: [{ id: 'c1', speakerId: 'bush', sentence: 1 }],
      quantities: [{ id: 'q1', sentence: 1, text: '5,000 people', value: 5000, unit: 'person', claimId: 'c1' }],
    });
    expect(stems(qs)).toContain(`George Bush said about ${BLANK} people had marched against the visit in the capital.`);
  });

  it('makes no blank in a sentence whose “He” nobody resolved', () => {
    const qs = fills({
      sentences: ['George Bush arrived in Ottawa on Tuesday for a short visit.', 'He said about 5,000 people had marched against the visit in the capital.'],
      entities: [bush],
      mentions: [['bush', 0, 'George Bush']],
      quantities: [{ id: 'q1', sentence: 1, text: '5,000 people', value: 5000, unit: 'person' }],
    });
    expect(answers(qs)).not.toContain('5,000');
  });

  it('never opens with “Complete the sentence from the article:”, and varies its short lead', () => {
    const bank = questionBank(quizFacts).filter((q): q is FillInTheBlankQuestion => q.kind === 'FILL_IN_THE_BLANK');
    expect(bank.length).toBeGreaterThan(3);
    expect(bank.filter((q) => q.prompt.startsWith(FILL_PROMPT_LEAD))).toEqual([]);
    expect(new Set(bank.map((q) => q.prompt.slice(0, q.prompt.length - fillInBody(q.prompt).length))).size).toBeGreaterThan(1);
  });
});

describe('blanks on content that matters', () => {
  it('blanks the word that carries a claim', () => {
    const qs = fills({
      sentences: ['Some officials worried the purchase would give the military more offensive capabilities.'],
      entities: [],
      mentions: [],
      claims: [{ id: 'c1', speakerId: null, sentence: 0 }],
    });
    expect(answers(qs)).toEqual(['offensive']);
  });

  it.each([
    ['a short form in brackets', 'Members of the Liberal Democratic Party (Jiminto) voted for the bill on Friday.'],
    ['an acronym after “or”', 'Members of the Liberal Democratic Party or LDP voted for the bill on Friday.'],
    ['its initials elsewhere in the sentence', 'Members of the Liberal Democratic Party voted for the bill, an LDP aide said.'],
  ])('never blanks a name the sentence gives back: %s', (_what, second) => {
    const ldp = { id: 'ldp', kind: 'ORGANIZATION' as const, name: 'Liberal Democratic Party' };
    const spec = (text: string): HandSpec => ({
      sentences: ['The Liberal Democratic Party said on Monday it would push the defence bill through.', text],
      entities: [ldp],
      mentions: [['ldp', 0, 'Liberal Democratic Party'], ['ldp', 1, 'Liberal Democratic Party']],
      claims: [{ id: 'c1', speakerId: 'ldp', sentence: 0 }],
    });
    const inSecond = (qs: FillInTheBlankQuestion[]) => qs.filter((q) => q.evidence.some((e) => e.sentenceIndex === 1) && q.answer.accepted[0] === 'Liberal Democratic Party');
    expect(inSecond(fills(spec(second)))).toEqual([]);
    // The control: the same sentence without the short form is a fair blank.
    expect(inSecond(fills(spec('Members of the Liberal Democratic Party voted for the bill on Friday.')))).toHaveLength(1);
  });

  const actor = (id: string, kind: 'COUNTRY' | 'OUTLET' | 'PLACE', name: string, second: string): HandSpec => ({
    sentences: [`${name} said on Monday that it would send more aid to the region.`, second],
    entities: [{ id, kind, name }],
    mentions: [[id, 0, name], [id, 1, name]],
    claims: [{ id: 'c1', speakerId: id, sentence: 0 }],
  });
  const blanked = (qs: FillInTheBlankQuestion[], name: string) => qs.filter((q) => q.answer.accepted[0] === name);

  it('blanks a key actor’s name (the control for the refusals below)', () => {
    expect(blanked(fills(actor('ru', 'COUNTRY', 'Ruritania', 'The aid from Ruritania will reach the coast by Friday.')), 'Ruritania')).toHaveLength(2);
  });

  it('never blanks “US”', () => {
    expect(blanked(fills(actor('us', 'COUNTRY', 'US', 'The aid from US will reach the coast by Friday.')), 'US')).toEqual([]);
  });

  it('never blanks a currency code glued to a figure (“_____$1.4 million”)', () => {
    const qs = fills(actor('hk', 'COUNTRY', 'Ruritania', 'The prize is worth approximately Ruritania$1.4 million this year.'));
    expect(qs.filter((q) => q.evidence.some((e) => e.sentenceIndex === 1))).toEqual([]);
  });

  it('never blanks an outlet, however often it is named', () => {
    expect(blanked(fills(actor('sky', 'OUTLET', 'Sky News', 'Officials told Sky News that the aid would reach the coast.')), 'Sky News')).toEqual([]);
  });

  it('never blanks part of a longer name the extractor cut short (“Black _____”)', () => {
    const qs = (second: string) => fills(actor('lo', 'COUNTRY', 'Lotus', second)).filter((q) => q.evidence.some((e) => e.sentenceIndex === 1));
    expect(qs('The firm Black Lotus announced the plan on its website on Monday.')).toEqual([]);
    expect(qs('The firm Lotus announced the plan on its website on Monday.')).toHaveLength(1);
  });

  it('never blanks a place that is nobody’s actor', () => {
    const qs = fills({
      sentences: ['The new bridge will open in Lakeside in the spring of next year.', 'Engineers from Lakeside have worked on the bridge for two years.'],
      entities: [{ id: 'lake', kind: 'PLACE', name: 'Lakeside' }],
      mentions: [['lake', 0, 'Lakeside'], ['lake', 1, 'Lakeside']],
    });
    expect(blanked(qs, 'Lakeside')).toEqual([]);
  });

  it('never blanks one name of a list of names of the same sort', () => {
    const countries = ['Eritrea', 'Libya', 'Syria'].map((name) => ({ id: name, kind: 'COUNTRY' as const, name }));
    const qs = fills({
      sentences: ['Applicants from Eritrea, Libya and Syria will be sent the new form by the office.', 'Eritrea, Libya and Syria said they had not been told of the change.'],
      entities: countries,
      mentions: countries.flatMap((c) => [[c.id, 0, c.name] as const, [c.id, 1, c.name] as const]),
      claims: [{ id: 'c1', speakerId: 'Eritrea', sentence: 1 }],
    });
    expect(answers(qs).filter((a) => ['Eritrea', 'Libya', 'Syria'].includes(a))).toEqual([]);
  });

  it('never blanks a name of the headline', () => {
    const qs = fills({
      title: 'Anna Berg opens the bridge',
      sentences: ['Anna Berg said on Monday that the new bridge would open in the spring.'],
      entities: [berg],
      mentions: [['berg', 0, 'Anna Berg']],
      claims: [{ id: 'c1', speakerId: 'berg', sentence: 0 }],
    });
    expect(answers(qs)).not.toContain('Anna Berg');
  });

  it('never blanks a name in the dateline', () => {
    const spec = (first: string): HandSpec => ({
      sentences: [first, 'Freedonia has paid for most of the work on the bridge so far.'],
      entities: [{ id: 'fr', kind: 'COUNTRY', name: 'Freedonia' }],
      mentions: [['fr', 0, 'Freedonia'], ['fr', 1, 'Freedonia']],
    });
    const inFirst = (qs: FillInTheBlankQuestion[]) => qs.filter((q) => q.evidence.some((e) => e.sentenceIndex === 0) && q.answer.accepted[0] === 'Freedonia');
    expect(inFirst(fills(spec('LAKESIDE, Freedonia — The new bridge will open in the spring, officials said on Monday.')))).toEqual([]);
    expect(inFirst(fills(spec('In Lakeside, Freedonia has opened the new bridge, officials said on Monday.')))).toHaveLength(1);
  });

  it.each([
    ['an arithmetic figure', 'Chile withdrew six years later when the army took power.', 'six years', 6],
    ['a figure in brackets (a unit conversion)', 'The road runs for 40 miles (64 kilometres) along the northern coast.', '64 kilometres', 64],
    ['a year', 'The council was founded in 1969 by five towns of the coast.', '1969', 1969],
    ['a number inside a fraction', 'Passage of the bill required only a 1/2 majority of the house.', '2', 2],
  ])('never blanks %s', (_what, sentence, text, value) => {
    const qs = fills({ sentences: [sentence], entities: [], mentions: [], quantities: [{ id: 'q', sentence: 0, text, value, unit: 'unit' }] });
    expect(qs.filter((q) => q.tests.some((t) => t.id === 'q'))).toEqual([]);
  });

  it('never blanks a figure the sentence before prints', () => {
    const qs = fills({
      sentences: ['The plan will take five years to complete, the council said.', 'Berg said the work would take five years at most.'],
      entities: [berg],
      mentions: [['berg', 1, 'Berg']],
      quantities: [{ id: 'q', sentence: 1, text: 'five years', value: 5, unit: 'year' }],
    });
    expect(qs.filter((q) => q.tests.some((t) => t.id === 'q'))).toEqual([]);
  });

  it('never blanks a whole quotation', () => {
    const qs = fills({
      sentences: ['“Twelve,” Berg said when she was asked how many had died in the storm.'],
      entities: [berg],
      mentions: [['berg', 0, 'Berg']],
      quantities: [{ id: 'q', sentence: 0, text: 'Twelve', value: 12, unit: 'person' }],
    });
    expect(qs.filter((q) => q.tests.some((t) => t.id === 'q'))).toEqual([]);
  });
});

describe('the answers a blank accepts', () => {
  const hand = handFacts({
    sentences: [
      'Wangari Maathai founded the Green Belt Movement (GBM) in 1977.',
      'The Detroit Pistons beat the Indiana Pacers in Detroit on Friday.',
      'The battle of Ayachucho ended the war; Ayacucho is in Peru.',
    ],
    entities: [
      { id: 'wm', kind: 'PERSON', name: 'Wangari Maathai' },
      { id: 'gbm', kind: 'ORGANIZATION', name: 'Green Belt Movement' },
      { id: 'det', kind: 'ORGANIZATION', name: 'Detroit Pistons' },
      { id: 'detroit', kind: 'PLACE', name: 'Detroit' },
      { id: 'ay', kind: 'PLACE', name: 'Ayachucho' },
    ],
    mentions: [['wm', 0, 'Wangari Maathai'], ['gbm', 0, 'Green Belt Movement'], ['det', 1, 'Detroit Pistons'], ['detroit', 1, 'Detroit', 1], ['ay', 2, 'Ayachucho']],
  });
  const index = indexFacts(hand.facts);
  const entity = (id: string) => index.entity(id)!;
  const q = (accepted: readonly string[]): FillInTheBlankQuestion => ({
    id: 'f', kind: 'FILL_IN_THE_BLANK', prompt: `Fill in the blank: ${BLANK} said so.`, answer: { accepted }, explanation: 'x', evidence: [], difficulty: 'EASY', tests: [],
  } as unknown as FillInTheBlankQuestion);
  const grade = (accepted: readonly string[], text: string): boolean => gradeResponse(q(accepted), { text }).correct;

  it.each([
    ['the surname for a full name', nameAnswers(index, entity('wm'), 'Wangari Maathai'), 'Maathai', 'Wangari'],
    ['the short form the text gives', nameAnswers(index, entity('gbm'), 'Green Belt Movement'), 'GBM', 'GBN'],
    ['the name with or without “the”', nameAnswers(index, entity('gbm'), 'Green Belt Movement'), 'the Green Belt Movement', 'the Green Belt'],
    ['a team’s name without its place', nameAnswers(index, entity('det'), 'Detroit Pistons'), 'Pistons', 'Pacers'],
    ['a team’s place alone', nameAnswers(index, entity('det'), 'Detroit Pistons'), 'Detroit', 'Indiana'],
    ['the article’s other spelling', nameAnswers(index, entity('ay'), 'Ayachucho'), 'Ayacucho', 'Ayachuco'],
    ['digits for a number word', figureAnswers('twenty', 20), '20', '21'],
    ['the word for digits', figureAnswers('20', 20), 'twenty', 'thirty'],
    ['a word without its article', wordAnswers('yawn', 'a'), 'yawn', 'a yawning'],
    ['case and punctuation folded', nameAnswers(index, entity('wm'), 'Wangari Maathai'), 'wangari maathai.', 'wangari'],
  ])('%s: listed and graded right, a wrong answer still wrong', (_what, accepted, right, wrong) => {
    expect(grade(accepted, right)).toBe(true);
    expect(grade(accepted, wrong)).toBe(false);
  });

  it('splits off a place only from a team’s plural nickname: “Congressional Record” is no team', () => {
    const h = handFacts({
      sentences: ['McCain entered them into the Congressional Record last week.', 'The Congressional committee met in Congressional Hall.'],
      entities: [{ id: 'cr', kind: 'ORGANIZATION', name: 'Congressional Record' }, { id: 'c', kind: 'PLACE', name: 'Congressional' }],
      mentions: [['cr', 0, 'Congressional Record'], ['c', 1, 'Congressional']],
    });
    expect(nameAnswers(indexFacts(h.facts), indexFacts(h.facts).entity('cr')!, 'Congressional Record')).toEqual(['Congressional Record']);
  });

  it('lists the variants in the answer itself, so exports that compare strings accept them too', () => {
    expect(nameAnswers(index, entity('wm'), 'Wangari Maathai')).toEqual(['Wangari Maathai', 'Maathai']);
    expect(nameAnswers(index, entity('gbm'), 'Green Belt Movement')).toEqual(expect.arrayContaining(['Green Belt Movement', 'GBM']));
    expect(wordAnswers('yawn', 'a')).toEqual(['yawn', 'a yawn']);
    expect(figureAnswers('twenty', 20)).toEqual(['twenty', '20']);
  });
});
