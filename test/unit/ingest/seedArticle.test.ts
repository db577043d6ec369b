import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EventFacts } from '../../../src/domain/facts';
import { extractFacts } from '../../../src/ingest';
import { allEvidence, entityName } from './helpers';

const body = readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', 'article.txt'), 'utf8');

describe('extractFacts on the seed article (published 2024-10-18)', () => {
  let facts: EventFacts;
  beforeAll(() => {
    facts = extractFacts({ title: null, body, url: null, outlet: null, publishedAt: '2024-10-18' });
  });

  it('every evidence span is the body text it claims to be', () => {
    for (const e of allEvidence(facts)) expect(body.slice(e.start, e.end)).toBe(e.text);
    for (const s of facts.articles[0]?.sentences ?? []) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('types the actors and keeps their roles', () => {
    const byName = (name: string) => facts.entities.find((e) => e.name === name);
    expect(byName('Volodymyr Zelensky')).toMatchObject({ kind: 'PERSON', description: 'President of Ukraine' });
    expect(byName('Mark Rutte')).toMatchObject({ kind: 'PERSON', description: 'Secretary-General of NATO' });
    expect(byName('NATO')?.aliases).toContain('the western security alliance');
    expect(byName('Yonhap News Agency')?.kind).toBe('OUTLET');
    expect(byName("South Korea's spy agency")?.kind).toBe('AGENCY');
    expect(byName('United States')?.aliases).toContain('U.S.');
  });

  it('attributes the lead claim to Zelensky, dated Thursday 17 October', () => {
    const lead = facts.claims[0];
    expect(entityName(facts, lead?.speakerId ?? null)).toBe('Volodymyr Zelensky');
    expect(lead?.standing).toBe('ASSERTED');
    expect(lead?.date).toMatchObject({ text: 'Thursday', precision: 'DAY', start: '2024-10-17' });
  });

  it('resolves "he" in the split quote to Rutte and gives each part its standing', () => {
    const noEvidence = facts.claims.find((c) => c.quote?.startsWith('We have no evidence'));
    expect(entityName(facts, noEvidence?.speakerId ?? null)).toBe('Mark Rutte');
    expect(noEvidence?.standing).toBe('NO_EVIDENCE');
    expect(noEvidence?.respondsToId).toBe(facts.claims[0]?.id);
    expect(noEvidence?.evidence[1]?.text).toBe('Rutte');
    const weDoKnow = facts.claims.find((c) => c.quote?.startsWith('But we do know'));
    expect(entityName(facts, weDoKnow?.speakerId ?? null)).toBe('Mark Rutte');
    expect(weDoKnow?.standing).toBe('CONFIRMED');
    const worrying = facts.claims.find((c) => c.quote === 'It’s highly worrying.');
    expect(worrying).toMatchObject({ modality: 'OPINION' });
    expect(entityName(facts, worrying?.speakerId ?? null)).toBe('Mark Rutte');
  });

  it('reads the U.S. as not confirming and the administration as looking into it', () => {
    const us = facts.claims.find((c) => entityName(facts, c.speakerId) === 'United States');
    expect(us?.standing).toBe('NOT_CONFIRMED');
    const administration = facts.claims.find((c) => entityName(facts, c.speakerId) === 'Biden administration');
    expect(administration?.standing).toBe('UNDER_INVESTIGATION');
  });

  it('credits the spy agency, via Yonhap, with four brigades and around 12,000 troops on Friday', () => {
    const spy = facts.claims.find((c) => entityName(facts, c.speakerId) === "South Korea's spy agency");
    expect(entityName(facts, spy?.viaId ?? null)).toBe('Yonhap News Agency');
    expect(spy).toMatchObject({ modality: 'PLANNED', date: { start: '2024-10-18', precision: 'DAY' } });
    const troops = facts.quantities.find((q) => q.value === 12_000);
    expect(troops).toMatchObject({ unit: 'troop', measure: 'PEOPLE', approximate: true, claimId: spy?.id, sourceId: spy?.speakerId });
    expect(facts.quantities.find((q) => q.value === 4)).toMatchObject({ unit: 'brigade', measure: 'MILITARY_UNITS', approximate: false });
  });

  it('finds the numbers and what they count', () => {
    const summary = facts.quantities.map((q) => `${q.value} ${q.unit} ${q.measure}${q.approximate ? ' ~' : ''}`);
    expect(summary).toEqual([
      '10000 troop PEOPLE ~',
      '10000 soldier PEOPLE',
      '4 brigade MILITARY_UNITS',
      '12000 troop PEOPLE ~',
      '600 mile LENGTH',
      '5 point COUNT',
    ]);
    expect(facts.quantities.find((q) => q.value === 600)?.counts).toBe('front');
  });

  // "this week" contains Thursday and Friday and does not say whether its steps came before or
  // after them, so it stays off the timeline (see timeline.ts); it remains on its claims.
  it('orders the timeline: June, last month, Thursday, Friday; "this week" is not ordered', () => {
    const order = facts.timeline.map((t) => t.date.text);
    expect([...new Set(order)]).toEqual(['June', 'last month', 'Thursday', 'Friday']);
    const sequences = facts.timeline.map((t) => t.sequence);
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences);
    expect(facts.timeline.find((t) => t.date.text === 'last month')?.date).toMatchObject({ start: '2024-09-01', end: '2024-09-30' });
  });

  it('finds the supply, treaty, meeting and leadership relations', () => {
    const relation = (kind: string) => facts.relations.filter((r) => r.kind === kind).map((r) => `${entityName(facts, r.subjectId)} > ${entityName(facts, r.objectId)}`);
    expect(relation('SUPPLY')).toContain('North Korea > Russia');
    expect(relation('AGREEMENT')).toContain('Vladimir Putin > Kim Jong Un');
    expect(relation('MEETING')).toContain('Volodymyr Zelensky > Mark Rutte');
    expect(relation('LEADERSHIP')).toContain('Kim Jong Un > North Korea');
  });

  it('titles the event from the lead when no headline is given', () => {
    expect(facts.event.title).toBe('North Korea is sending around 10,000 troops to Ukraine to fight alongside Russian forces');
    expect(entityName(facts, facts.event.placeId)).toBe('Brussels');
  });

  it('gives the same output for the same input', () => {
    const again = extractFacts({ title: null, body, url: null, outlet: null, publishedAt: '2024-10-18' });
    expect(again).toEqual(facts);
  });

  it('keeps relative dates as the text words when the publication date is unknown', () => {
    const undated = extractFacts({ title: null, body, url: null, outlet: null, publishedAt: null });
    expect(undated.claims[0]?.date).toEqual({ text: 'Thursday', precision: 'UNRESOLVED', start: null, end: null });
    expect(undated.timeline).toEqual([]);
  });
});
