// The story scorer, with hand-built facts: each signal is switched off in turn and the match it
// carried must fail, beside the case that passes.
import { assignStory, eventProfileOf, JOIN_THRESHOLD, scoreStory, storyProfileOf, type KeyRarity, type StoryProfile } from '../../../src/stories';
import type { EventFacts, NewsEntity } from '../../../src/domain/facts';

function facts(title: string, publishedAt: string | null, entities: [string, NewsEntity['kind']][], claims: string[]): EventFacts {
  return {
    event: { id: 'e', title, summary: '', date: null, placeId: null },
    articles: [{ id: 'a', title, outlet: null, url: null, publishedAt, body: '', sentences: [] }],
    entities: entities.map(([name, kind], i) => ({ id: `x${i}`, kind, name, aliases: [], description: null })),
    mentions: [],
    claims: claims.map((paraphrase, i) => ({
      id: `c${i}`, articleId: 'a', speakerId: null, viaId: null, subjectIds: [], paraphrase, quote: null,
      standing: 'ASSERTED', modality: 'FACTUAL', date: null, placeId: null, respondsToId: null, evidence: [],
    })),
    quantities: [], relations: [], timeline: [],
  };
}

// 200 stored events; only "united states" is common (150 carry it).
const rarity: KeyRarity = { eventCount: 200, eventsWith: (k) => (k === 'p:united states' ? 150 : 1) };

const kidnapped = storyProfileOf(facts('Footballer\'s mother kidnapped', '2004-11-09', [['Marina Souza', 'PERSON'], ['Santos FC', 'ORGANIZATION'], ['Praia Grande', 'PLACE']],
  ['Marina Souza was kidnapped during a barbecue in Praia Grande', 'Robinho stopped playing for Santos after the kidnapping']));
const freed = storyProfileOf(facts('Footballer\'s mother freed by kidnappers', '2004-11-12', [['Marina Souza', 'PERSON'], ['Santos FC', 'ORGANIZATION'], ['Praia Grande', 'PLACE']],
  ['Marina Souza was freed by her kidnappers', 'Robinho may play for Santos again after the kidnapping']));
const event = eventProfileOf(1, [kidnapped]);

test('an article sharing rare names, a place, claim words and a news season joins the event', () => {
  const s = scoreStory(freed, event, rarity);
  expect(s.score).toBeGreaterThan(JOIN_THRESHOLD);
  expect(s.reasons.map((r) => r.signal)).toEqual(['NAMES', 'PLACES', 'WORDING', 'TIME']);
  expect(s.reasons[0]!.detail).toBe('shares marina souza, santos fc');
  expect(assignStory([s])).toMatchObject({ eventId: 1 });
});

test('with the names switched off the same pair scores lower by the names\' share', () => {
  const all = scoreStory(freed, event, rarity).score;
  const noNames = scoreStory(freed, event, rarity, { names: false }).score;
  // Two rare names: strength 1 - e^(-2·r/2) with r = ln(201/2)/ln(202) ≈ 0.869, weighted 0.45, times time factor
  const r = Math.log(201 / 2) / Math.log(202);
  expect(all - noNames).toBeCloseTo(0.45 * (1 - Math.exp(-(2 * r) / 2)) * timeFactorOf(3), 6);
});

test('with places or wording switched off the score drops; with time off a stale gap no longer counts against it', () => {
  const all = scoreStory(freed, event, rarity).score;
  expect(scoreStory(freed, event, rarity, { places: false }).score).toBeLessThan(all);
  expect(scoreStory(freed, event, rarity, { wording: false }).score).toBeLessThan(all);
  const stale: StoryProfile = { ...freed, publishedAt: '2005-06-01' };
  expect(scoreStory(stale, event, rarity, { time: false }).score).toBeGreaterThan(scoreStory(stale, event, rarity).score);
  expect(scoreStory(freed, event, rarity, { time: false }).score).toBe(all);
});

function timeFactorOf(gapDays: number): number {
  // By hand: 1 within 7 days, 0.5 from 45, linear between.
  return gapDays <= 7 ? 1 : gapDays >= 45 ? 0.5 : 1 - (0.5 * (gapDays - 7)) / 38;
}

test('sharing only a common place is no story: "United States" carried by most events adds almost nothing', () => {
  const a = storyProfileOf(facts('Kmart to buy Sears', '2004-11-17', [['United States', 'COUNTRY']], ['Kmart will buy Sears']));
  const b = eventProfileOf(2, [storyProfileOf(facts('Senate approves budget', '2004-11-18', [['United States', 'COUNTRY']], ['The Senate approved the budget']))]);
  const s = scoreStory(a, b, rarity);
  expect(s.score).toBeLessThan(0.05);
  expect(assignStory([s])).toMatchObject({ eventId: null });
});

test('the same shared facts a year apart score half as much as within the week', () => {
  const later: StoryProfile = { ...freed, publishedAt: '2005-12-17' };
  const soon: StoryProfile = { ...freed, publishedAt: '2004-11-10' };
  expect(scoreStory(later, event, rarity).score).toBeCloseTo(scoreStory(soon, event, rarity).score / 2, 6);
});

test('two events both close: the article joins the better one, names the other, and is less sure', () => {
  const a = { eventId: 1, score: 0.6, reasons: [] };
  const b = { eventId: 2, score: 0.58, reasons: [] };
  const both = assignStory([b, a]);
  expect(both.eventId).toBe(1);
  expect(both.closeCall?.eventId).toBe(2);
  const alone = assignStory([a]);
  expect(alone.closeCall).toBeNull();
  expect(both.confidence).toBeLessThan(alone.confidence);
});

test('no candidate starts a new story with full confidence; one just under the threshold is a close call', () => {
  expect(assignStory([])).toMatchObject({ eventId: null, confidence: 1, score: 0 });
  const near = assignStory([{ eventId: 3, score: JOIN_THRESHOLD - 0.01, reasons: [] }]);
  expect(near.eventId).toBeNull();
  expect(near.closeCall?.eventId).toBe(3);
  expect(near.confidence).toBeLessThan(0.55);
});

test('outlets are not story evidence: every Reuters report would share "Reuters"', () => {
  const p = storyProfileOf(facts('x', null, [['Reuters', 'OUTLET'], ['Jan Egeland', 'PERSON']], []));
  expect(p.names).toEqual(['jan egeland']);
});
