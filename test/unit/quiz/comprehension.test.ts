// Main-idea and cause-and-effect questions on hand-built articles: what they ask, what they offer,
// and the cases that must give no question at all.
import type { ChoiceQuestion } from '../../../src/domain/question';
import { questionSkill } from '../../../src/domain/question';
import { briefStatement } from '../../../src/quiz/facts/briefStatement';
import { causeLinks } from '../../../src/quiz/facts/causeLinks';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { causeEffectQuestions, resolvedCause } from '../../../src/quiz/generators/causeEffect';
import { mainIdeaQuestions } from '../../../src/quiz/generators/mainIdea';
import { questionViolations } from '../../../src/quiz/rules';
import { questionBank } from '../../../src/quiz';
import { articleFacts } from './comprehensionFacts';
import { correctText } from './helpers';

const FILLER = [
  'The city library reopened its reading room on the east side of town.',
  'A new bus timetable for the northern suburbs takes effect next month.',
  'Local farmers reported a good apple harvest in the valley this autumn.',
  'The museum added a winter exhibition of maritime paintings to its programme.',
];

function distractorTexts(q: ChoiceQuestion): string[] {
  return q.options.filter((o) => !o.correct).map((o) => o.text);
}

describe('briefStatement: an option a student reads on its own', () => {
  test('drops an attribution lead and an opening time phrase', () => {
    expect(briefStatement('According to the ministry, the bridge will close for repairs.')).toBe('The bridge will close for repairs');
    expect(briefStatement('Last week, at least 76 people were hurt when a hotel collapsed.')).toBe('At least 76 people were hurt when a hotel collapsed');
  });

  test('refuses a pronoun opening, a quotation, a question and a figure opening', () => {
    expect(briefStatement('They were then crushed by the wave of people behind them.')).toBeNull();
    expect(briefStatement('The mayor called it “a disgrace to the city” on Monday.')).toBeNull();
    expect(briefStatement('Will the bridge close for repairs this year?')).toBeNull();
    expect(briefStatement('345 pilgrims were killed in the stampede near the bridge.')).toBeNull();
  });

  test('refuses a noun phrase, a cut inside brackets and an interrupted relative clause', () => {
    expect(briefStatement('Mozilla Firefox, its main rival.')).toBeNull();
    expect(briefStatement('Ahmed Mohamed, a 14-year-old boy from Irving, Texas.')).toBeNull();
    expect(briefStatement('Web developers face big problems with the old browser.')).toBe('Web developers face big problems with the old browser');
    const bracketed = 'The Boeing Delta IV Heavy rocket has missed its launch opportunities three days in a row (starting Friday, December 12) due to minor technical difficulties.';
    expect(briefStatement(bracketed)).toBe('The Boeing Delta IV Heavy rocket has missed its launch opportunities three days in a row');
    const relative = 'Malaysia and Indonesia have maintained a policy of turning away boats of migrants which, according to AFP, had been at sea for weeks without enough food.';
    expect(briefStatement(relative)).toBeNull();
  });

  test('cuts a long sentence where a clause ends, never mid-clause', () => {
    const long =
      'The regional council approved a plan to rebuild the harbour wall along the old fishing quarter, which had been damaged by storms in three of the last five winters.';
    expect(briefStatement(long)).toBe('The regional council approved a plan to rebuild the harbour wall along the old fishing quarter');
    const uncuttable = 'The regional council approved a plan to rebuild the harbour wall along the old fishing quarter that storms had damaged in three of the last five winters';
    expect(briefStatement(uncuttable)).toBeNull();
  });
});

describe('cause links: only causes the text states', () => {
  const links = (sentence: string) => causeLinks(indexFacts(articleFacts('Title', [sentence])));

  test('"because", "due to", ", so" and ", causing" are links, with the cause and the effect apart', () => {
    expect(links('The match was abandoned because the pitch was flooded.')[0]).toMatchObject({ cause: 'the pitch was flooded', effect: 'The match was abandoned', connective: 'because' });
    expect(links('The flight was delayed due to heavy fog over the airport.')[0]).toMatchObject({ cause: 'heavy fog over the airport', causeShape: 'PHRASE', connective: 'due to' });
    expect(links('The river burst its banks, so the village was evacuated.')[0]).toMatchObject({ cause: 'The river burst its banks', effect: 'the village was evacuated', connective: 'so' });
    expect(links('A lorry overturned on the motorway, causing a long queue.')[0]).toMatchObject({ effect: 'a long queue', effectShape: 'PHRASE', connective: 'causing' });
  });

  test('"after" is a cause only when the words show a consequence', () => {
    expect(links('The minister resigned after the report was published.')[0]).toMatchObject({ cause: 'the report was published', connective: 'after' });
    // A time, not a cause: no verb of consequence, or a time as the complement.
    expect(links('The council met after the morning session of the conference.')).toEqual([]);
    expect(links('The striker was injured after two minutes of play.')).toEqual([]);
    expect(links('The ministers resigned after Monday.')).toEqual([]);
    // A gerund orders two acts; the passive "after being …" says what was done.
    expect(links('The defector was charged after leaving the group.')).toEqual([]);
    expect(links('The cyclist was injured after being hit by a van.')[0]).toMatchObject({ cause: 'being hit by a van' });
  });

  test('"so that" (a purpose), "not only because" and quoted speech are no links', () => {
    expect(links('The council widened the road so that buses could pass.')).toEqual([]);
    expect(links('The plan failed, not only because the budget was cut.')).toEqual([]);
    expect(links('“We stayed home because the roads were closed,” the farmer said.')).toEqual([]);
    expect(links('The farmer said they stayed home because the roads were closed.')).toEqual([]);
  });

  test('"As a result," ties a sentence to the one before, citing both', () => {
    const found = causeLinks(indexFacts(articleFacts('Title', ['The factory closed its doors in March.', 'As a result, hundreds of workers lost their jobs.'])));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ effect: 'hundreds of workers lost their jobs', connective: 'as a result' });
    expect(found[0]?.evidence.map((e) => e.sentenceIndex)).toEqual([0, 1]);
  });
});

describe('cause-and-effect questions', () => {
  const facts = articleFacts('Storm hits the coast', ['A storm hit the northern coast on Sunday.', 'The match was abandoned because the pitch was flooded.', ...FILLER]);
  const questions = causeEffectQuestions(indexFacts(facts)) as ChoiceQuestion[];

  test('the key is the stated cause, the distractors other things the article says happened', () => {
    expect(questions).toHaveLength(1);
    const q = questions[0] as ChoiceQuestion;
    expect(q.kind).toBe('MULTIPLE_CHOICE');
    expect(q.skill).toBe('CAUSE_EFFECT');
    expect(q.prompt).toBe('According to the article, what was the cause of this: the match was abandoned?');
    expect(correctText(q)).toBe('The pitch was flooded');
    expect(q.evidence.map((e) => e.sentenceIndex)).toEqual([1]);
    for (const d of distractorTexts(q)) expect(FILLER.map((f) => f.replace(/\.$/, '')).concat('A storm hit the northern coast on Sunday')).toContain(d);
    expect(questionViolations(q, indexFacts(facts))).toEqual([]);
  });

  test('a noun-phrase cause is asked the other way: what happened as a result of it', () => {
    const f = articleFacts('Airport trouble', ['The flight was delayed due to heavy fog over the airport.', ...FILLER]);
    const [q] = causeEffectQuestions(indexFacts(f)) as ChoiceQuestion[];
    expect(q?.prompt).toBe('According to the article, what happened as a result of heavy fog over the airport?');
    expect(q !== undefined && correctText(q)).toBe('The flight was delayed');
  });

  test('no "as a result of" question on the article\'s own topic: every other event is arguably a result of it', () => {
    const quake = ['Several people rushed out of their offices due to the quake.', 'The quake struck off the coast at dawn.', 'The quake was felt in three provinces.', ...FILLER];
    expect(causeEffectQuestions(indexFacts(articleFacts('Quake hits coast', quake)))).toEqual([]);
    const once = ['Several people rushed out of their offices due to the quake.', ...FILLER];
    expect(causeEffectQuestions(indexFacts(articleFacts('Quake hits coast', once)))).toHaveLength(1);
  });

  test('"after" as a time gives no question', () => {
    const f = articleFacts('A long day', ['The striker was injured after two minutes of play.', 'The council met after the morning session of the conference.', ...FILLER]);
    expect(causeEffectQuestions(indexFacts(f))).toEqual([]);
  });

  test('another stated cause of the same event is never a distractor', () => {
    const f = articleFacts('Match off', ['The match was abandoned because the pitch was flooded.', ...FILLER.slice(0, 2), 'Heavy rain fell through the afternoon over the stadium.', 'As a result, the match was abandoned.', ...FILLER.slice(2)]);
    const pitch = (causeEffectQuestions(indexFacts(f)) as ChoiceQuestion[]).find((q) => correctText(q) === 'The pitch was flooded');
    expect(pitch).toBeDefined();
    expect(pitch?.options).toHaveLength(4);
    expect(distractorTexts(pitch as ChoiceQuestion)).not.toContain('Heavy rain fell through the afternoon over the stadium');
  });

  test('a statement about the asked cause is no distractor: it may be a result of it too', () => {
    const f = articleFacts('Royal law', ['The parliament debated female succession due to the male-only succession laws.', ...FILLER, 'Under the succession laws, the prince is next in line to the throne.']);
    const [q] = causeEffectQuestions(indexFacts(f)) as ChoiceQuestion[];
    expect(q).toBeDefined();
    expect(distractorTexts(q as ChoiceQuestion)).not.toContain('The prince is next in line to the throne');
    expect(distractorTexts(q as ChoiceQuestion).some((d) => /prince/.test(d))).toBe(false);
  });

  test('with fewer than two other events to offer, no question', () => {
    const f = articleFacts('Match off', ['The match was abandoned because the pitch was flooded.', FILLER[0] as string]);
    expect(causeEffectQuestions(indexFacts(f))).toEqual([]);
  });
});

describe('main-idea questions', () => {
  const lead = 'Hundreds of pilgrims were killed in a stampede near Mecca on Thursday.';
  const second = 'The stampede happened at the bridge during the final rites of the pilgrimage.';
  const details = [
    'Saudi officials had installed security cameras and an oval wall with padded edges.',
    'Muslims are required to make a pilgrimage to Mecca once in their lifetimes.',
    'A hotel near the Grand Mosque collapsed last week, killing at least 76 people.',
  ];

  test('the key is the lead that repeats the headline; distractors are later details', () => {
    const facts = articleFacts('Hundreds dead in Hajj stampede', [lead, second, ...details]);
    const [q] = mainIdeaQuestions(indexFacts(facts)) as ChoiceQuestion[];
    expect(q?.prompt).toBe('What is the article mainly about?');
    expect(q?.skill).toBe('MAIN_IDEA');
    expect(q !== undefined && correctText(q)).toBe('Hundreds of pilgrims were killed in a stampede near Mecca on Thursday');
    expect(q !== undefined && distractorTexts(q).sort()).toEqual(details.map((d) => d.replace(/\.$/, '')).sort());
    expect(q !== undefined && questionViolations(q, indexFacts(facts))).toEqual([]);
    for (const o of q?.options ?? []) if (!o.correct) expect(o.rationale).toMatch(/headline says nothing of it/);
  });

  test('a later sentence that restates the headline is the main point, never a distractor', () => {
    const restating = 'Hundreds died in the Hajj crush at the Jamarat Bridge.';
    const facts = articleFacts('Hundreds dead in Hajj stampede', [lead, second, ...details.slice(0, 2), restating, details[2] as string]);
    const [q] = mainIdeaQuestions(indexFacts(facts)) as ChoiceQuestion[];
    expect(q).toBeDefined();
    expect(q?.options).toHaveLength(4);
    expect(q?.options.some((o) => /Hajj crush/.test(o.text))).toBe(false);
  });

  test('no headline, or a lead that shares nothing with it: no question', () => {
    expect(mainIdeaQuestions(indexFacts(articleFacts(null, [lead, ...details])))).toEqual([]);
    expect(mainIdeaQuestions(indexFacts(articleFacts('Budget vote delayed', [lead, ...details])))).toEqual([]);
  });

  test('in the bank, they are multiple choice with their skill; other questions keep the skill their kind implies', () => {
    const bank = questionBank(articleFacts('Hundreds dead in Hajj stampede', [lead, ...details]));
    expect(bank.filter((q) => questionSkill(q) === 'MAIN_IDEA').map((q) => q.kind)).toEqual(['MULTIPLE_CHOICE']);
    expect(questionSkill({ kind: 'WHO_SAID_IT' })).toBe('ATTRIBUTION');
    expect(questionSkill({ kind: 'ORDERING' })).toBe('SEQUENCE');
    expect(questionSkill({ kind: 'TRUE_FALSE' })).toBe('RECALL');
  });
});

describe('a cause that opens with a pronoun', () => {
  const nora: import('../../../src/domain/facts').NewsEntity = { id: 'nora', kind: 'PERSON', name: 'Nora Quist', aliases: [], description: null };
  const link = (cause: string, effect: string) => ({ cause, causeShape: 'CLAUSE' as const, effect, effectShape: 'CLAUSE' as const, connective: 'after', evidence: [] });

  test('"he"/"she" names the person the effect opens with', () => {
    const index = indexFacts(articleFacts('Title', ['Nora Quist was arrested after she climbed the palace fence.'], [nora]));
    expect(resolvedCause(index, link('she climbed the palace fence', 'Nora Quist was arrested')).cause).toBe('Nora Quist climbed the palace fence');
  });

  test('"they" is left alone, and so is "she" when the effect names a second person', () => {
    const tom = { ...nora, id: 'tom', name: 'Tom Berg' };
    const index = indexFacts(articleFacts('Title', ['Nora Quist was arrested with Tom Berg after she climbed the fence.'], [nora, tom]));
    expect(resolvedCause(index, link('they climbed the palace fence', 'Nora Quist was arrested')).cause).toBe('they climbed the palace fence');
    expect(resolvedCause(index, link('she climbed the fence', 'Nora Quist was arrested with Tom Berg')).cause).toBe('she climbed the fence');
  });
});
