// Not-supported and source-comparison questions on hand-built facts: the odd statement is one the
// article reports as doubted, and "whose figure is higher" only where the figures surely differ.
import type { Claim, EventFacts, NewsEntity, Quantity } from '../../../src/domain/facts';
import type { ChoiceQuestion } from '../../../src/domain/question';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { notSupportedQuestions } from '../../../src/quiz/generators/notSupported';
import { sharedCounts, sourceComparisonQuestions } from '../../../src/quiz/generators/sourceComparison';
import { questionViolations } from '../../../src/quiz/rules';
import { comprehensionHolds } from '../../../src/quiz/rules/comprehensionHolds';
import { articleFacts } from './comprehensionFacts';
import { correctText } from './helpers';

const FILLER = [
  'The city library reopened its reading room on the east side of town.',
  'A new bus timetable for the northern suburbs takes effect next month.',
  'Local farmers reported a good apple harvest in the valley this autumn.',
  'The museum added a winter exhibition of maritime paintings to its programme.',
];

const person = (id: string, name: string, kind: NewsEntity['kind'] = 'PERSON'): NewsEntity => ({ id, kind, name, aliases: [], description: null });

/** The facts with some claims changed: speaker, standing, what they answer. */
function withClaims(facts: EventFacts, changes: Readonly<Record<number, Partial<Claim>>>): EventFacts {
  return { ...facts, claims: facts.claims.map((c, i) => ({ ...c, ...(changes[i] ?? {}) })) };
}

describe('not-supported questions', () => {
  const berg = person('berg', 'Anna Berg');
  const council = person('council', 'City Council', 'GOVERNMENT');
  const base = (extra: readonly string[] = []) =>
    articleFacts('Bridge opening', ['Anna Berg said the new bridge will open in March.', 'The City Council has not confirmed the opening date.', ...FILLER, ...extra], [berg, council]);
  const doubted = (facts: EventFacts, responseStanding: Claim['standing'] = 'NOT_CONFIRMED') =>
    withClaims(facts, { 0: { speakerId: 'berg' }, 1: { speakerId: 'council', standing: responseStanding, respondsToId: 'claim-0' } });

  test('the key is the doubted claim stated as fact; the others are statements the article makes', () => {
    const facts = doubted(base());
    const [q] = notSupportedQuestions(indexFacts(facts)) as ChoiceQuestion[];
    expect(q?.prompt).toBe('Which of these statements does the article NOT support?');
    expect(q?.skill).toBe('NOT_SUPPORTED');
    expect(q !== undefined && correctText(q)).toBe('The new bridge will open in March');
    const wrong = q?.options.filter((o) => !o.correct).map((o) => `${o.text}.`) ?? [];
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(FILLER).toContain(w);
    expect(q?.tests.map((t) => t.id).sort()).toEqual(['claim-0', 'claim-1']);
    expect(q !== undefined && questionViolations(q, indexFacts(facts))).toEqual([]);
  });

  test('a claim the response confirms is supported: no question', () => {
    expect(notSupportedQuestions(indexFacts(doubted(base(), 'CONFIRMED')))).toEqual([]);
  });

  test('a claim another source backs is arguably supported: no question', () => {
    const facts = withClaims(doubted(base(['The builder said the new bridge will open in March as planned.'])), { 6: { speakerId: 'berg-builder' } });
    const withBuilder = { ...facts, entities: [...facts.entities, person('berg-builder', 'The builder', 'ORGANIZATION')] };
    expect(notSupportedQuestions(indexFacts(withBuilder))).toEqual([]);
  });
});

describe('source-comparison questions', () => {
  const police = person('police', 'Police', 'AGENCY');
  const union = person('union', "Marchers' Union", 'ORGANIZATION');
  const berg = person('berg', 'Anna Berg');
  function march(policeFigure: string, unionFigure: string, unionCounts = 'people who joined the march'): EventFacts {
    const sentences = [`Police said ${policeFigure} people joined the march.`, `The Marchers' Union said ${unionFigure} people joined the march.`, 'Anna Berg said the march was peaceful.', ...FILLER];
    const facts = withClaims(articleFacts('March in the capital', sentences, [police, union, berg]), { 0: { speakerId: 'police' }, 1: { speakerId: 'union' }, 2: { speakerId: 'berg' } });
    const quantity = (id: string, claimIndex: number, figure: string, source: string, counts: string): Quantity => {
      const ev = facts.claims[claimIndex]?.evidence[0] as Claim['evidence'][number];
      const value = Number(figure.replace(/^(about|more than) /, '').replace(/,/g, ''));
      return { id, articleId: 'a1', claimId: `claim-${claimIndex}`, value, valueMax: null, approximate: /^(about|more than)/.test(figure), unit: 'person', measure: 'PEOPLE', counts, sourceId: source, evidence: ev };
    };
    return { ...facts, quantities: [quantity('q-police', 0, policeFigure, 'police', 'people who joined the march'), quantity('q-union', 1, unionFigure, 'union', unionCounts)] };
  }

  test('whose figure is higher: the key is the higher source, the lower source and a source with no figure are wrong', () => {
    const facts = march('about 2,000', '10,000');
    const [q] = sourceComparisonQuestions(indexFacts(facts)) as ChoiceQuestion[];
    expect(q?.kind).toBe('SOURCE_AND_STANDING');
    expect(q?.skill).toBe('SOURCE_COMPARISON');
    expect(q?.prompt).toBe('Sources in the article give different figures for people who joined the march. Whose figure is the higher one?');
    expect(q !== undefined && correctText(q)).toBe("The Marchers' Union");
    expect(q?.options.filter((o) => !o.correct).map((o) => o.text).sort()).toEqual(['Anna Berg', 'Police']);
    expect(q !== undefined && questionViolations(q, indexFacts(facts))).toEqual([]);
  });

  test('a hedge that leaves the order open ("more than 2,000" against 2,100) gives no question', () => {
    expect(sourceComparisonQuestions(indexFacts(march('more than 2,000', '2,100')))).toEqual([]);
  });

  test('figures for different things are not compared, nor figures of a bare "people" or "years"', () => {
    expect(sourceComparisonQuestions(indexFacts(march('about 2,000', '10,000', 'people injured in the clashes')))).toEqual([]);
    const bare = march('about 2,000', '10,000');
    const people = { ...bare, quantities: bare.quantities.map((q) => ({ ...q, counts: 'people' })) };
    expect(sourceComparisonQuestions(indexFacts(people))).toEqual([]);
  });

  test('what both figures count is the wording they share', () => {
    expect(sharedCounts('North Korean troops being sent to Ukraine', 'North Korean troops in the four brigades')).toBe('North Korean troops');
    expect(sharedCounts('people killed', 'deaths in the fire')).toBe('people killed');
  });
});

describe('comprehension-holds on not-supported and source-comparison questions', () => {
  const keyMoved = (q: ChoiceQuestion, to: string): ChoiceQuestion => {
    const target = q.options.find((o) => o.text === to) as ChoiceQuestion['options'][number];
    return { ...q, options: q.options.map((o) => ({ ...o, correct: o.id === target.id })), answer: { optionId: target.id } };
  };

  test('a not-supported key moved to a backed statement fails', () => {
    const berg = person('berg', 'Anna Berg');
    const council = person('council', 'City Council', 'GOVERNMENT');
    const facts = withClaims(articleFacts('Bridge opening', ['Anna Berg said the new bridge will open in March.', 'The City Council has not confirmed the opening date.', ...FILLER], [berg, council]), {
      0: { speakerId: 'berg' },
      1: { speakerId: 'council', standing: 'NOT_CONFIRMED', respondsToId: 'claim-0' },
    });
    const index = indexFacts(facts);
    const q = notSupportedQuestions(index)[0] as ChoiceQuestion;
    expect(comprehensionHolds.check(q, index)).toEqual([]);
    const backed = q.options.find((o) => !o.correct)?.text as string;
    const problems = comprehensionHolds.check(keyMoved(q, backed), index);
    expect(problems).toContain(`the key “${backed}” is not a claim a tested response doubts or denies`);
    expect(problems).toContain('distractor “The new bridge will open in March” is itself doubted in the article');
  });

  test('a comparison keyed to the lower source fails', () => {
    const police = person('police', 'Police', 'AGENCY');
    const union = person('union', "Marchers' Union", 'ORGANIZATION');
    const sentences = ['Police said about 2,000 people joined the march.', "The Marchers' Union said 10,000 people joined the march.", 'Anna Berg said the march was peaceful.', ...FILLER];
    const facts0 = withClaims(articleFacts('March', sentences, [police, union, person('berg', 'Anna Berg')]), { 0: { speakerId: 'police' }, 1: { speakerId: 'union' }, 2: { speakerId: 'berg' } });
    const q = (i: number, value: number, source: string, approximate: boolean): Quantity => ({
      id: `q${i}`, articleId: 'a1', claimId: `claim-${i}`, value, valueMax: null, approximate, unit: 'person', measure: 'PEOPLE',
      counts: 'people who joined the march', sourceId: source, evidence: facts0.claims[i]?.evidence[0] as Claim['evidence'][number],
    });
    const facts = { ...facts0, quantities: [q(0, 2000, 'police', true), q(1, 10000, 'union', false)] };
    const index = indexFacts(facts);
    const question = sourceComparisonQuestions(index)[0] as ChoiceQuestion;
    expect(comprehensionHolds.check(question, index)).toEqual([]);
    expect(comprehensionHolds.check(keyMoved(question, 'Police'), index)).toEqual([
      'the key’s figure is not surely above 10000',
      "distractor “The Marchers' Union” gives a figure not surely below the key’s",
    ]);
  });
});
