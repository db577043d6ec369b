// Conventions of news writing the pipeline must read on articles it was not tuned on: wire datelines,
// companies unknown to the lexicon, unnamed plural sources, attributions in mid-sentence, several
// reported clauses in one sentence, and coarse dates on the timeline.

import type { Claim, EventFacts } from '../../../src/domain/facts';
import { validateFacts } from '../../../src/domain/validateFacts';
import { entityName, extract, readFixture } from './helpers';

const read = (file: string, publishedAt: string): { body: string; facts: EventFacts } => {
  const body = readFixture(file);
  return { body, facts: extract(body, publishedAt) };
};
const kindOf = (facts: EventFacts, name: string): string | undefined => facts.entities.find((e) => e.name === name)?.kind;
const claimSaying = (facts: EventFacts, words: string): Claim | undefined => facts.claims.find((c) => c.evidence[0]?.text.includes(words));

const FILES: ReadonlyArray<readonly [string, string]> = [
  ['wire-dateline-geneva.txt', '2024-03-05'],
  ['business-nordlicht-results.txt', '2024-03-04'],
  ['court-appeal-verdict.txt', '2024-05-10'],
  ['local-library-fire.txt', '2024-06-10'],
  ['science-reef-survey.txt', '2024-02-14'],
];

describe.each(FILES)('%s', (file, publishedAt) => {
  it('passes the store checks: every evidence span exactly the body text, inside its sentence', () => {
    expect(validateFacts(read(file, publishedAt).facts)).toEqual([]);
  });
});

describe('a dateline opening the body', () => {
  it('types the place as a place and the agency as an outlet, and places the event there when the lead names no place', () => {
    const { facts } = read('wire-dateline-geneva.txt', '2024-03-05');
    expect(kindOf(facts, 'Geneva')).toBe('PLACE');
    expect(kindOf(facts, 'Associated Press')).toBe('OUTLET');
    expect(facts.entities.some((e) => e.name === 'GENEVA')).toBe(false);
    expect(entityName(facts, facts.event.placeId)).toBe('Geneva');
  });

  it('keeps the dateline out of the lead claim, its speaker and the event title', () => {
    const { facts } = read('wire-dateline-geneva.txt', '2024-03-05');
    const lead = claimSaying(facts, 'Health ministers from 40 countries');
    expect(lead?.speakerId).toBeNull();
    expect(lead?.evidence[0]?.text.startsWith('Health ministers')).toBe(true);
    expect(facts.event.title.startsWith('Health ministers')).toBe(true);
    expect(facts.timeline.every((t) => !t.label.includes('(AP)'))).toBe(true);
  });

  it("leaves the dateline's filing date off the timeline", () => {
    const { facts } = read('business-nordlicht-results.txt', '2024-03-04');
    expect(facts.timeline.some((t) => t.date.text === 'March 3')).toBe(false);
    expect(facts.timeline.find((t) => t.date.text === 'Monday')?.label.startsWith('Nordlicht Systems reported')).toBe(true);
  });

  it('reads a dateline with a date and a non-capital city, and prefers a place the lead names', () => {
    const reef = read('science-reef-survey.txt', '2024-02-14').facts;
    expect(kindOf(reef, 'Sydney')).toBe('PLACE');
    expect(kindOf(reef, 'Agence France-Presse')).toBe('OUTLET');
    expect(entityName(reef, reef.event.placeId)).toBe('Great Barrier Reef');
    const court = read('court-appeal-verdict.txt', '2024-05-10').facts;
    expect(kindOf(court, 'Boston')).toBe('PLACE');
    expect(court.claims.every((c) => entityName(court, c.speakerId) !== 'Reuters')).toBe(true);
  });

  it('leaves a body that opens with an ordinary sentence alone', () => {
    const { facts } = read('local-library-fire.txt', '2024-06-10');
    expect(facts.entities.some((e) => e.kind === 'OUTLET')).toBe(false);
    expect(facts.event.title.startsWith('Firefighters spent four hours')).toBe(true);
  });
});

describe('companies the lexicon does not know', () => {
  it('types a name with a corporate ending as an organisation and merges its short form', () => {
    const { facts } = read('business-nordlicht-results.txt', '2024-03-04');
    const nordlicht = facts.entities.find((e) => e.name === 'Nordlicht Systems');
    expect(nordlicht?.kind).toBe('ORGANIZATION');
    expect(nordlicht?.aliases).toContain('Nordlicht');
    expect(facts.entities.filter((e) => /Nordlicht/.test(e.name))).toHaveLength(1);
    expect(kindOf(facts, 'Kestrel Holdings Inc.')).toBe('ORGANIZATION');
    expect(kindOf(read('science-reef-survey.txt', '2024-02-14').facts, 'Coralis Labs')).toBe('ORGANIZATION');
  });

  it('types a bare name from how it is used: "Shares of Emberline"', () => {
    const { facts } = read('local-library-fire.txt', '2024-06-10');
    expect(kindOf(facts, 'Emberline')).toBe('ORGANIZATION');
    expect(facts.entities.some((e) => e.name.startsWith('Shares'))).toBe(false);
  });

  it('gives the company its own revenue statement and the bidder its denial of plans', () => {
    const { facts } = read('business-nordlicht-results.txt', '2024-03-04');
    expect(entityName(facts, claimSaying(facts, 'reported revenue')?.speakerId ?? null)).toBe('Nordlicht Systems');
    expect(entityName(facts, claimSaying(facts, 'no plans to bid')?.speakerId ?? null)).toBe('Kestrel Holdings Inc.');
  });
});

describe('unnamed plural sources', () => {
  it.each([
    ['wire-dateline-geneva.txt', '2024-03-05', 'swap samples within 48 hours', 'officials'],
    ['wire-dateline-geneva.txt', '2024-03-05', 'delegates applauded', 'witnesses'],
    ['business-nordlicht-results.txt', '2024-03-04', 'the outlook was cautious', 'analysts'],
    ['court-appeal-verdict.txt', '2024-05-10', 'ignored warnings since 2019', 'prosecutors'],
    ['local-library-fire.txt', '2024-06-10', 'seen across the valley', 'residents'],
  ])('%s: "%s" is said by the group "%s", not in the article\'s voice', (file, publishedAt, words, group) => {
    const { facts } = read(file, publishedAt);
    const claim = claimSaying(facts, words);
    expect(entityName(facts, claim?.speakerId ?? null)).toBe(group);
    expect(facts.entities.find((e) => e.name === group)?.kind).toBe('GROUP');
    expect(claim?.standing).toBe('ASSERTED');
    expect(claim?.paraphrase).toMatch(new RegExp(`^The ${group} said`));
  });
});

describe('an attribution set off by commas between reported clauses', () => {
  it('reports the clause before it as well as the one after: "Revenue reached ..., the company said, and profit rose ..."', () => {
    const { facts } = read('business-nordlicht-results.txt', '2024-03-04');
    const claim = claimSaying(facts, 'Revenue reached $3.1 billion');
    expect(entityName(facts, claim?.speakerId ?? null)).toBe('Nordlicht Systems');
    expect(claim?.evidence[0]?.text).toBe('Revenue reached $3.1 billion, the company said, and profit rose 4% to $420 million');
    expect(claim?.paraphrase).toBe('Nordlicht Systems said that revenue reached $3.1 billion, and profit rose 4% to $420 million.');
    // Both figures are the company's, not the article's.
    const figures = facts.quantities.filter((q) => q.claimId === claim?.id).map((q) => q.value);
    expect(figures).toEqual(expect.arrayContaining([3_100_000_000, 4]));
  });

  it('keeps the standing the whole statement gives, and a role before the speaker\'s name', () => {
    const { facts } = read('local-library-fire.txt', '2024-06-10');
    const police = claimSaying(facts, 'Nobody was hurt');
    expect(entityName(facts, police?.speakerId ?? null)).toBe('police');
    expect(police?.paraphrase).toBe('The police said that nobody was hurt, and the cause is under investigation.');
    expect(police?.standing).toBe('UNDER_INVESTIGATION');
    const reyes = claimSaying(facts, 'The library will reopen this year');
    expect(entityName(facts, reyes?.speakerId ?? null)).toBe('Tom Reyes');
    expect(reyes?.paraphrase).toContain('the library will reopen this year, and its 30,000 books');
  });

  it('reads the inverted form: "..., said Attorney General Dana Cole, and ..."', () => {
    const { facts } = read('court-appeal-verdict.txt', '2024-05-10');
    const claim = claimSaying(facts, 'largest in the state');
    expect(entityName(facts, claim?.speakerId ?? null)).toBe('Dana Cole');
    expect(claim?.paraphrase).toBe("Dana Cole said that the fine is the largest in the state's history, and it should deter other polluters.");
  });
});

describe('coordinated reported clauses', () => {
  it('splits "X said A and that B" into two claims by X, each with its own evidence', () => {
    const { facts } = read('business-nordlicht-results.txt', '2024-03-04');
    const hire = claimSaying(facts, 'hire 2,000 engineers');
    const plant = claimSaying(facts, 'closed its last plant');
    expect(hire).toBeDefined();
    expect(plant).toBeDefined();
    expect(hire?.id).not.toBe(plant?.id);
    expect(entityName(facts, hire?.speakerId ?? null)).toBe('Ingrid Halvorsen');
    expect(plant?.speakerId).toBe(hire?.speakerId);
    expect(hire?.evidence[0]?.text).not.toContain('closed');
    expect(plant?.evidence[0]?.text).toBe('that it had closed its last plant in Ohio');
    // The second clause names its speaker through a second span.
    expect(plant?.evidence[1]?.text).toBe('Ingrid Halvorsen, said');
    expect(hire?.modality).toBe('PLANNED');
    expect(plant?.modality).toBe('FACTUAL');
  });

  it('splits after "wrote that", and leaves a single clause whole', () => {
    const { facts } = read('court-appeal-verdict.txt', '2024-05-10');
    const fine = claimSaying(facts, 'was lawful');
    expect(entityName(facts, fine?.speakerId ?? null)).toBe('Elena Morales');
    expect(fine?.evidence.map((e) => e.text)).toEqual(['that the fine of $12 million was lawful', 'Judge Elena Morales wrote']);
    expect(facts.quantities.find((q) => q.value === 12_000_000)?.claimId).toBe(fine?.id);
    expect(claimSaying(facts, 'weighed the evidence properly')?.evidence[0]?.text).toBe('Judge Elena Morales wrote that the lower court had weighed the evidence properly');
    const reef = read('science-reef-survey.txt', '2024-02-14').facts;
    expect(reef.claims.filter((c) => entityName(reef, c.speakerId) === 'Coralis Labs')).toHaveLength(2);
  });
});

describe('coarse dates on the timeline', () => {
  it('leaves "this year" off the timeline when it contains finer dates, which keep their order', () => {
    const { facts } = read('business-nordlicht-results.txt', '2024-03-04');
    expect(facts.timeline.some((t) => t.date.text === 'this year')).toBe(false);
    const january = facts.timeline.find((t) => t.date.text === 'January');
    const monday = facts.timeline.find((t) => t.date.text === 'Monday');
    expect(january && monday && january.sequence < monday.sequence).toBe(true);
  });

  it('orders a year before the dates of a later year, and never claims an order the text lacks', () => {
    const { facts } = read('science-reef-survey.txt', '2024-02-14');
    expect(facts.timeline.map((t) => t.date.text)).toEqual(['2016', 'Wednesday']);
    const sequences = facts.timeline.map((t) => t.sequence);
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences);
  });

  it('gives steps whose dates overlap, neither containing the other, one sequence number', () => {
    // Published Wednesday 2 October 2024: "this week" runs 30 September to 6 October, so it
    // overlaps "last month" (September) without containing it; the text orders neither first.
    const facts = extract('The council met last month to draft the budget, the mayor said. The council will vote on the budget this week, the mayor told reporters.', '2024-10-02');
    const sequenceOf = (text: string) => facts.timeline.find((t) => t.date.text === text)?.sequence;
    expect(sequenceOf('last month')).toBeDefined();
    expect(sequenceOf('this week')).toBe(sequenceOf('last month'));
  });
});
