// Choice options the same kind of thing as the answer (issue 11 §4, the teacher's "distractors of
// the wrong category"): a person for a person, a city for a city, a company that acts for a buyer,
// and names written as a person writes them. Each case is hand-built and names the defect it catches.
import type { Claim, EntityKind, EventFacts, NewsEntity, Relation } from '../../../src/domain/facts';
import { entityDistractors } from '../../../src/quiz/distractors/entityDistractors';
import { nameFitsKind, placeScale, sameKindOfThing } from '../../../src/quiz/distractors/sameKind';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { roleTitlePredicate } from '../../../src/quiz/text/roleTitle';

const entity = (id: string, kind: EntityKind, name: string): NewsEntity => ({ id, kind, name, aliases: [], description: null });

function factsOf(body: string, entities: NewsEntity[], claims: Partial<Claim>[] = [], relations: Partial<Relation>[] = []): EventFacts {
  const evidence = { articleId: 'a1', sentenceIndex: 0, start: 0, end: body.length, text: body };
  return {
    event: { id: 'e1', title: 'x', summary: 'x', date: null, placeId: null },
    articles: [{ id: 'a1', title: null, outlet: null, url: null, publishedAt: '2004-11-17', body, sentences: [{ index: 0, start: 0, end: body.length, text: body }] }],
    entities,
    mentions: [],
    claims: claims.map((c, i) => ({ id: `c${i}`, articleId: 'a1', speakerId: null, viaId: null, subjectIds: [], paraphrase: body, quote: null, standing: 'ASSERTED', modality: 'FACTUAL', date: null, placeId: null, respondsToId: null, evidence: [evidence], ...c })),
    quantities: [],
    relations: relations.map((r, i) => ({ id: `r${i}`, articleId: 'a1', kind: 'OTHER', subjectId: '', objectId: '', description: body, date: null, evidence, ...r })),
    timeline: [],
  };
}

describe('a name that does not look like its kind is no answer and no option', () => {
  it.each([
    ['PERSON', 'The Australians'],
    ['PERSON', 'Australians'],
    ['PERSON', 'Han Class'],
    ['PERSON', 'The Congressional Record'],
    ['PERSON', 'Do'],
    ['PERSON', 'UNOS'],
    ['PLACE', 'Organizers'],
    ['PLACE', 'South'],
  ] as const)('%s “%s” is refused', (kind, name) => {
    expect(nameFitsKind(entity('x', kind, name))).toBe(false);
  });

  it.each([
    ['PERSON', 'Stephen Fleming'],
    ['PERSON', 'Bernie Sanders'],
    ['PERSON', 'Evans'],
    ['PLACE', 'Cusco'],
    ['PLACE', 'Donetsk region'],
    ['ORGANIZATION', 'Kmart Corp.'],
  ] as const)('%s “%s” is kept', (kind, name) => {
    expect(nameFitsKind(entity('x', kind, name))).toBe(true);
  });
});

it('a one-word “person” the article also writes as a common word (“Information” of “Information Minister”) is no person', () => {
  const info = entity('info', 'PERSON', 'Information');
  const mbeki = entity('mbeki', 'PERSON', 'Thabo Mbeki');
  const index = indexFacts(factsOf('Information Minister Bright Matonga gave no information, and Thabo Mbeki and Gates spoke.', [info, mbeki, entity('gates', 'PERSON', 'Gates')]));
  expect(entityDistractors(index, { answer: mbeki, role: 'actor', exactKind: false, exclude: new Set() }).map((e) => e.name)).toEqual(['Gates']);
  // Never in lower case, but only ever before another capitalised word: still the front of a longer name.
  const onlyTitle = indexFacts(factsOf('Information Minister Sikhanyiso Ndlovu spoke, and Thabo Mbeki and Gates listened. Gates left.', [info, mbeki, entity('gates', 'PERSON', 'Gates')]));
  expect(entityDistractors(onlyTitle, { answer: mbeki, role: 'actor', exactKind: false, exclude: new Set() }).map((e) => e.name)).toEqual(['Gates']);
});

describe('a city for a city', () => {
  const body = 'The Inca capital Cusco lies in the Andes of South America, far from Ayacucho, Peru and the Asia-Pacific.';
  const cusco = entity('cusco', 'PLACE', 'Cusco');
  const places = [cusco, entity('andes', 'PLACE', 'Andes'), entity('sa', 'PLACE', 'South America'), entity('ap', 'PLACE', 'Asia-Pacific'), entity('ayacucho', 'PLACE', 'Ayacucho'), entity('peru', 'COUNTRY', 'Peru')];
  const index = indexFacts(factsOf(body, places));

  it('continents, regions and mountain ranges are not cities', () => {
    expect(places.map((p) => [p.name, placeScale(p)])).toEqual([
      ['Cusco', 'LOCALITY'], ['Andes', 'REGION'], ['South America', 'REGION'], ['Asia-Pacific', 'REGION'], ['Ayacucho', 'LOCALITY'], ['Peru', 'COUNTRY'],
    ]);
  });

  it('offers Ayacucho, then a country; never “South America”, “the Asia-Pacific” or “the Andes”', () => {
    const options = entityDistractors(index, { answer: cusco, role: 'place', exactKind: false, exclude: new Set() }).map((e) => e.name);
    expect(options).toEqual(['Ayacucho', 'Peru']);
  });

  it('“Cusco”, not “the Cusco”, when the text only says “the Cusco Declaration”', () => {
    const declaration = indexFacts(factsOf('Leaders signed the Cusco Declaration in Cusco.', [cusco]));
    expect(declaration.displayName(cusco)).toBe('Cusco');
    const river = indexFacts(factsOf('Boats sail on the Cusco every day.', [cusco]));
    expect(river.displayName(cusco)).toBe('the Cusco');
  });
});

describe('a person for a person, a buyer for a buyer', () => {
  const body = 'Kmart Corp. will buy Sears, owner of Kenmore and Craftsman Tools; Ireland watched, Alan Lacy said, and The Australians and Ricky Ponting cheered.';
  const kmart = entity('kmart', 'ORGANIZATION', 'Kmart Corp.');
  const sears = entity('sears', 'ORGANIZATION', 'Sears');
  const kenmore = entity('kenmore', 'ORGANIZATION', 'Kenmore');
  const craftsman = entity('craftsman', 'ORGANIZATION', 'Craftsman Tools');
  const ireland = entity('ireland', 'COUNTRY', 'Ireland');
  const lacy = entity('lacy', 'PERSON', 'Alan Lacy');
  const australians = entity('aus', 'PERSON', 'The Australians');
  const aussieGroup = entity('ausg', 'GROUP', 'Australian fans');
  const ponting = entity('ponting', 'PERSON', 'Ricky Ponting');
  const all = [kmart, sears, kenmore, craftsman, ireland, lacy, australians, aussieGroup, ponting];
  const facts = factsOf(body, all, [{ speakerId: 'kmart', subjectIds: ['sears'] }, { speakerId: 'lacy' }, { speakerId: 'ireland' }], [{ kind: 'OTHER', subjectId: 'sears', objectId: 'kenmore' }]);
  const index = indexFacts(facts);

  it('a brand the buyer only owns does nothing in the article: no plausible buyer', () => {
    expect(sameKindOfThing(index, kmart, kenmore, 'actor')).toBe(false);
    expect(sameKindOfThing(index, kmart, craftsman, 'actor')).toBe(false);
    expect(sameKindOfThing(index, kmart, sears, 'actor')).toBe(true);
  });

  it('offers companies that act for a company speaker, a speaking state only after them, never a brand', () => {
    expect(entityDistractors(index, { answer: kmart, role: 'actor', exactKind: false, exclude: new Set() }).map((e) => e.name)).toEqual(['Sears', 'Ireland']);
  });

  it('a group, or a group named as a person (“The Australians”), is never offered as a person', () => {
    const options = entityDistractors(index, { answer: ponting, role: 'actor', exactKind: false, exclude: new Set() }).map((e) => e.name);
    expect(options).toEqual(['Alan Lacy']);
  });

  it('an answer whose name does not fit its kind makes no question', () => {
    expect(entityDistractors(index, { answer: australians, role: 'actor', exactKind: false, exclude: new Set() })).toEqual([]);
  });
});

describe('a role written as a person writes it', () => {
  it.each([
    ['is Captain of New Zealand', false, 'is the New Zealand captain'],
    ['is Leader of MDC', false, 'is the MDC leader'],
    ['is Leader of Libya', true, 'is the leader of Libya'],
    ['is President of South Africa', true, 'is the president of South Africa'],
    ['was Coach of the Pacers', false, 'was the Pacers coach'],
    ['met Rutte in Brussels', false, 'met Rutte in Brussels'],
  ])('“%s” → “%s”', (predicate, country, expected) => {
    expect(roleTitlePredicate(predicate, () => country)).toBe(expected);
  });
});
