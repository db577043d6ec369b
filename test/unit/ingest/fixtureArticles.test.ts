// Concrete extractions on news texts of different kinds, each checked against its evidence span.

import type { Claim, EventFacts } from '../../../src/domain/facts';
import { validateFacts } from '../../../src/domain/validateFacts';
import { entityName, extract, readFixture } from './helpers';

const ARTICLES: ReadonlyArray<readonly [string, string]> = [
  ['wire-port-strike.txt', '2024-10-02'],
  ['sport-cup-final.txt', '2024-05-19'],
  ['science-comet.txt', '2024-04-16'],
  ['economy-inflation.txt', '2024-10-02'],
  ['disaster-flood.txt', '2024-05-17'],
  ['court-ruling.txt', '2024-06-13'],
  ['health-measles.txt', '2024-05-14'],
  ['election-results.txt', '2023-10-16'],
  ['company-earnings.txt', '2024-10-23'],
];

const read = (file: string, publishedAt: string): { body: string; facts: EventFacts } => {
  const body = readFixture(file);
  return { body, facts: extract(body, publishedAt) };
};
const claimQuoting = (facts: EventFacts, start: string): Claim | undefined => facts.claims.find((c) => c.quote?.startsWith(start));
const claimSaying = (facts: EventFacts, words: string): Claim | undefined => facts.claims.find((c) => c.evidence[0]?.text.includes(words));

describe.each(ARTICLES)('%s', (file, publishedAt) => {
  it('passes the store checks: every evidence span exactly the body text, inside its sentence', () => {
    expect(validateFacts(read(file, publishedAt).facts)).toEqual([]);
  });
});

describe('a wire report (port strike)', () => {
  const { facts } = read('wire-port-strike.txt', '2024-10-02');

  it('gives a split quote to the union negotiator, named before his title is dropped', () => {
    expect(entityName(facts, claimQuoting(facts, 'We did not want this')?.speakerId ?? null)).toBe('Pieter de Vries');
    expect(entityName(facts, claimQuoting(facts, 'Our members have waited')?.speakerId ?? null)).toBe('Pieter de Vries');
    expect(facts.entities.find((e) => e.name === 'Pieter de Vries')?.aliases).toContain('De Vries');
  });

  it('credits "according to Reuters" as the source when nobody else speaks', () => {
    const claim = claimSaying(facts, 'About 4,500 workers');
    expect(entityName(facts, claim?.speakerId ?? null)).toBe('Reuters');
    expect(facts.quantities.find((q) => q.value === 4500)).toMatchObject({ unit: 'worker', measure: 'PEOPLE', approximate: true });
  });

  it('reads denials, reviews and unconfirmed reports', () => {
    expect(claimSaying(facts, 'denied that they had walked away')?.standing).toBe('DENIED');
    expect(claimSaying(facts, 'it was reviewing its schedules')).toMatchObject({ standing: 'UNDER_INVESTIGATION' });
    expect(entityName(facts, claimSaying(facts, 'it was reviewing its schedules')?.speakerId ?? null)).toBe('Maersk');
    expect(claimSaying(facts, 'has not confirmed reports')?.standing).toBe('NOT_CONFIRMED');
  });

  it('resolves "he" to the prime minister and "on Friday" after "plans to" to the coming Friday', () => {
    expect(entityName(facts, claimQuoting(facts, 'A long strike')?.speakerId ?? null)).toBe('Dick Schoof');
    const friday = facts.timeline.find((t) => t.date.text === 'Friday');
    expect(friday?.date).toMatchObject({ start: '2024-10-04', precision: 'DAY' });
  });

  it('reads money with its currency and hedge', () => {
    expect(facts.quantities.find((q) => q.measure === 'MONEY')).toMatchObject({ value: 45_000_000, unit: 'USD', approximate: true });
    expect(facts.quantities.find((q) => q.value === 13_400_000)).toMatchObject({ unit: 'container', approximate: false });
  });
});

describe('a sports report (cup final)', () => {
  const { facts } = read('sport-cup-final.txt', '2024-05-19');

  it('gives the coach her club as description and the manager his denial', () => {
    expect(facts.entities.find((e) => e.name === 'Marta Silva')?.description).toBe('Coach of Harbour City');
    const denial = claimSaying(facts, 'rejected the claim');
    expect(entityName(facts, denial?.speakerId ?? null)).toBe('Owen Price');
    expect(denial?.standing).toBe('DENIED');
  });

  it('carries the striker across a quote that continues after "Okafor said after the match."', () => {
    expect(entityName(facts, claimQuoting(facts, 'The whole team deserved it')?.speakerId ?? null)).toBe('Lena Okafor');
  });

  it('counts the crowd and the prize money, and resolves Saturday', () => {
    expect(facts.quantities.find((q) => q.value === 62_000)).toMatchObject({ unit: 'fan', measure: 'PEOPLE' });
    expect(facts.quantities.find((q) => q.measure === 'MONEY')).toMatchObject({ value: 2_500_000, unit: 'USD' });
    expect(facts.timeline[0]?.date).toMatchObject({ text: 'Saturday', start: '2024-05-18' });
  });

  it('reads the association as investigating', () => {
    expect(claimSaying(facts, 'it is investigating a pitch invasion')?.standing).toBe('UNDER_INVESTIGATION');
  });
});

describe('a science report (comet)', () => {
  const { facts } = read('science-comet.txt', '2024-04-16');

  it('attributes the quote to the lead scientist and her estimate to her', () => {
    const quote = claimQuoting(facts, 'We were surprised');
    expect(entityName(facts, quote?.speakerId ?? null)).toBe('Aisha Rahman');
    expect(facts.quantities.find((q) => q.value === 300)).toMatchObject({ unit: 'litre', approximate: true, sourceId: quote?.speakerId });
  });

  it('reads "not confirmed" from NASA and "no evidence" from the outside expert', () => {
    expect(claimSaying(facts, 'NASA said it had not confirmed')?.standing).toBe('NOT_CONFIRMED');
    const doubt = claimSaying(facts, 'no evidence yet');
    expect(doubt?.standing).toBe('NO_EVIDENCE');
    expect(entityName(facts, doubt?.speakerId ?? null)).toBe('Tomas Lindqvist');
  });

  it('resolves "the agency" to the European Space Agency, whose plan is PLANNED', () => {
    const plan = claimSaying(facts, 'plans to launch a mission');
    expect(entityName(facts, plan?.speakerId ?? null)).toBe('European Space Agency');
    expect(plan?.modality).toBe('PLANNED');
  });

  it('reads scaled lengths: about 150 million kilometres', () => {
    expect(facts.quantities.find((q) => q.value === 150_000_000)).toMatchObject({ unit: 'kilometre', measure: 'LENGTH', approximate: true });
  });
});

describe('an economy report (inflation)', () => {
  const { facts } = read('economy-inflation.txt', '2024-10-02');

  it('reads percentages, and months on the timeline unless they contain a dated day', () => {
    expect(facts.quantities[0]).toMatchObject({ value: 2.1, unit: 'percent', measure: 'PERCENT' });
    expect(facts.timeline.find((t) => t.date.text === 'August')?.date).toMatchObject({ start: '2024-08-01', end: '2024-08-31' });
    // "in September" contains "Monday" (30 September): the text does not order the two.
    expect(facts.timeline.map((t) => t.date.text)).toEqual(['August', 'Monday', 'Tuesday', 'next year']);
  });

  it('gives the central bank president her title, and "she" her quote', () => {
    expect(facts.entities.find((e) => e.name === 'Christine Lagarde')?.description).toBe('President of European Central Bank');
    expect(entityName(facts, claimQuoting(facts, 'We are not declaring victory')?.speakerId ?? null)).toBe('Christine Lagarde');
  });

  it('reads an economist who could not confirm, and a ministry reviewing its plans', () => {
    const vogel = claimSaying(facts, 'could not confirm');
    expect(entityName(facts, vogel?.speakerId ?? null)).toBe('Markus Vogel');
    expect(vogel?.standing).toBe('NOT_CONFIRMED');
    expect(claimSaying(facts, 'is reviewing plans')?.standing).toBe('UNDER_INVESTIGATION');
    expect(facts.quantities.find((q) => q.measure === 'MONEY')).toMatchObject({ value: 12_000_000_000, unit: 'USD' });
  });
});

describe('a disaster report (floods)', () => {
  const { facts } = read('disaster-flood.txt', '2024-05-17');

  it('reads hedged counts of people: at least 11, some 20,000', () => {
    expect(facts.quantities.find((q) => q.value === 11)).toMatchObject({ unit: 'person', measure: 'PEOPLE', approximate: true });
    expect(facts.quantities.find((q) => q.value === 20_000)).toMatchObject({ unit: 'resident', approximate: true });
  });

  it('reads euros and an explicit month with its year', () => {
    expect(facts.quantities.find((q) => q.unit === 'EUR')).toMatchObject({ value: 100_000_000, measure: 'MONEY' });
    expect(facts.timeline.find((t) => t.date.text === 'May 2023')?.date).toMatchObject({ precision: 'MONTH', start: '2023-05-01' });
  });

  it('gives the civil protection chief his split quote and the region its denial', () => {
    expect(entityName(facts, claimQuoting(facts, 'We expect more rain')?.speakerId ?? null)).toBe('Fabrizio Curcio');
    expect(claimSaying(facts, 'denied that it had ignored forecasts')?.standing).toBe('DENIED');
  });
});

describe('a court report (ruling)', () => {
  const { facts } = read('court-ruling.txt', '2024-06-13');

  it('attributes the dissent quote through "he wrote" to the dissenting justice', () => {
    expect(entityName(facts, claimQuoting(facts, 'Today')?.speakerId ?? null)).toBe('Robert Hale');
  });

  it('reads a year, a rejection and an opinion', () => {
    expect(facts.timeline.find((t) => t.date.text === '2019')?.date).toMatchObject({ precision: 'YEAR', start: '2019-01-01' });
    const doyle = facts.claims.filter((c) => entityName(facts, c.speakerId) === 'Karen Doyle').map((c) => c.standing);
    expect(doyle).toEqual(['UNDER_INVESTIGATION', 'DENIED']);
    expect(claimSaying(facts, 'deeply disappointed')?.modality).toBe('OPINION');
  });

  it('reads a whole-number count spelled out: nine people', () => {
    expect(facts.quantities.find((q) => q.value === 9)).toMatchObject({ unit: 'person', measure: 'PEOPLE', approximate: false });
  });
});

describe('a health report (measles in Europe)', () => {
  const { facts } = read('health-measles.txt', '2024-05-14');

  it('names groups by nationality and noun, and lets them speak', () => {
    expect(facts.entities.filter((e) => e.kind === 'GROUP').map((e) => e.name)).toEqual(expect.arrayContaining(['Romanian authorities', 'Romanian officials']));
    const probe = claimSaying(facts, 'opened an investigation');
    expect(entityName(facts, probe?.speakerId ?? null)).toBe('Romanian officials');
    expect(probe?.standing).toBe('UNDER_INVESTIGATION');
  });

  it('gives an inverted quote to the named official and dates the figures', () => {
    expect(entityName(facts, claimQuoting(facts, 'Vaccination rates')?.speakerId ?? null)).toBe('Hans Kluge');
    expect(facts.quantities.find((q) => q.value === 61)).toMatchObject({ unit: 'person', measure: 'PEOPLE' });
    expect(facts.timeline.find((t) => t.date.text === 'last year')?.date).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    expect(facts.timeline.find((t) => t.date.text === 'next month')?.date).toMatchObject({ start: '2024-06-01', end: '2024-06-30' });
  });
});

describe('election results', () => {
  const { facts } = read('election-results.txt', '2023-10-16');

  it('keeps voters and foreign officials as groups, apart from their countries', () => {
    const groups = facts.entities.filter((e) => e.kind === 'GROUP').map((e) => e.name);
    expect(groups).toEqual(expect.arrayContaining(['Polish voters', 'European officials']));
    expect(facts.entities.find((e) => e.name === 'Poland')?.kind).toBe('COUNTRY');
  });

  it('credits the count to the electoral commission and reads the denial', () => {
    expect(entityName(facts, claimSaying(facts, '157 seats')?.speakerId ?? null)).toBe('National Electoral Commission');
    expect(claimSaying(facts, 'denied that it had lost')?.standing).toBe('DENIED');
    expect(facts.quantities.find((q) => q.value === 74.4)).toMatchObject({ unit: 'percent', measure: 'PERCENT' });
    expect(facts.timeline.find((t) => t.date.text === 'Sunday')?.date.start).toBe('2023-10-15');
  });
});

describe('company earnings', () => {
  const { facts } = read('company-earnings.txt', '2024-10-23');

  it('gives the plan and the quote to the chief executive', () => {
    const plan = claimSaying(facts, 'open a second factory');
    expect(entityName(facts, plan?.speakerId ?? null)).toBe('Maria Lindqvist');
    expect(plan?.modality).toBe('PLANNED');
    expect(entityName(facts, claimQuoting(facts, 'Our customers')?.speakerId ?? null)).toBe('Maria Lindqvist');
  });

  it('reads money and percentages, and a regulatory review', () => {
    expect(facts.quantities.find((q) => q.value === 4_200_000_000)).toMatchObject({ unit: 'USD', measure: 'MONEY' });
    expect(facts.quantities.find((q) => q.value === 12)).toMatchObject({ unit: 'percent' });
    expect(claimSaying(facts, 'regulators are reviewing')?.standing).toBe('UNDER_INVESTIGATION');
  });
});
