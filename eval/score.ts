// Extracted facts scored against annotated gold (eval/ANNOTATION.md). Pure: facts and gold in,
// counts out. The matching rules, stated once for the bench to print:
export const MATCHING_RULES = [
  'names compare case-folded, with apostrophes unified and a leading "the" and trailing "’s" dropped',
  'entities: an extracted entity matches a gold one when any of their names or aliases are equal; extracted entities with no capital letter (unnamed sources such as "officials") are left out; kind right = same kind among matched',
  'claims: an extracted claim with a speaker is right when its statement span overlaps a gold claim’s evidence and its speaker is that claim’s speaker (an entity’s name or alias, or for an unnamed source the same head noun); recall: gold claims with at least one such claim',
  'quoted sentences: gold claims in quotation marks with an extracted claim that has a quote and a speaker overlapping them (speaker not checked)',
  'standing: gold claims not ASSERTED, right when an extracted claim overlapping them has the same standing',
  'quantities: same value, upper bound and unit (singular, people = person, abbreviations spelled out, or the same head noun: "hate group" ~ "group"), spans overlapping',
  'dates: the distinct resolved ranges of the timeline against the gold dates’ ranges; resolved right: timeline entries whose date words sit in a gold date’s evidence, with the same range',
] as const;

import type { EventFacts, NewsEntity } from '../src/domain/facts';
import type { Gold, GoldEntity } from './gold';

export interface Counts {
  /** Extracted items that are right (precision's numerator). */
  readonly right: number;
  readonly extracted: number;
  /** Gold items found (recall's numerator). */
  readonly found: number;
  readonly gold: number;
}
export interface Ratio {
  readonly hits: number;
  readonly total: number;
}
export interface ArticleScore {
  readonly entities: Counts;
  readonly entityKinds: Ratio;
  readonly claims: Counts;
  readonly quotedSentences: Ratio;
  readonly standing: Ratio;
  readonly quantities: Counts;
  readonly dates: Counts;
  readonly resolvedDates: Ratio;
}

export const normaliseName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/'s?$/, '')
    .trim();

const namesOf = (e: { name: string; aliases: readonly string[] }): Set<string> => new Set([e.name, ...e.aliases].map(normaliseName));
const lastWord = (s: string): string => normaliseName(s).split(' ').pop() ?? '';

/** Every [start, end) where `needle` stands in `body`. */
function occurrences(body: string, needle: string): Array<readonly [number, number]> {
  const found: Array<readonly [number, number]> = [];
  if (needle === '') return found;
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) found.push([at, at + needle.length]);
  return found;
}
const overlaps = (spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean => spans.some(([s, e]) => s < end && start < e);

const UNIT_SYNONYMS: Record<string, string> = { people: 'person', persons: 'person', dollar: 'USD', 'us dollar': 'USD', euro: 'EUR', pound: 'GBP', 'per cent': 'percent', '%': 'percent' };
const UNIT_ABBREVIATIONS: Record<string, string> = {
  kg: 'kilogram', km: 'kilometre', kilometer: 'kilometre', m: 'metre', meter: 'metre', cm: 'centimetre', mm: 'millimetre',
  lb: 'pound', lbs: 'pound', mi: 'mile', ft: 'foot', feet: 'foot', n: 'newton', s: 'second', sec: 'second', min: 'minute',
  hr: 'hour', h: 'hour', yr: 'year', t: 'tonne', ton: 'tonne', celsius: 'degree', fahrenheit: 'degree', 'degree celsius': 'degree', 'degree fahrenheit': 'degree',
};

/** Units are the same when they normalise alike, or one is the other's head noun ("hate group" ~ "group"). */
export function sameUnit(a: string, b: string): boolean {
  const x = normaliseUnit(a);
  const y = normaliseUnit(b);
  if (x === y) return true;
  const head = (u: string): string => u.split(' ').pop() ?? u;
  return head(x) === head(y);
}

export function normaliseUnit(unit: string): string {
  const abbreviation = UNIT_ABBREVIATIONS[unit.trim().toLowerCase()];
  if (abbreviation) return abbreviation;
  const u = unit.trim();
  if (/^[A-Z]{3}$/.test(u)) return u;
  const lower = u.toLowerCase();
  const synonym = UNIT_SYNONYMS[lower];
  if (synonym) return synonym;
  if (/(?:ss|us|is)$/.test(lower)) return lower;
  if (/ies$/.test(lower)) return lower.replace(/ies$/, 'y');
  if (/(?:ches|shes|xes|sses)$/.test(lower)) return lower.replace(/es$/, '');
  return lower.replace(/s$/, '');
}

export function scoreArticle(facts: EventFacts, gold: Gold): ArticleScore {
  const body = facts.articles[0]?.body ?? '';
  const byId = new Map(facts.entities.map((e) => [e.id, e] as const));

  // Entities, one-to-one, greedy in gold order.
  const named = facts.entities.filter((e) => /\p{Lu}/u.test(e.name));
  const used = new Set<string>();
  let kindsRight = 0;
  const goldToExtracted = new Map<GoldEntity, NewsEntity>();
  for (const g of gold.entities) {
    const names = namesOf(g);
    const match = named.find((e) => !used.has(e.id) && [...namesOf(e)].some((n) => names.has(n)));
    if (!match) continue;
    used.add(match.id);
    goldToExtracted.set(g, match);
    if (match.kind === g.kind) kindsRight += 1;
  }
  const entities: Counts = { right: used.size, extracted: named.length, found: used.size, gold: gold.entities.length };

  // A gold speaker: an entity of the gold (then any of its names), or an unnamed description.
  const goldEntityByName = new Map<string, GoldEntity>();
  for (const g of gold.entities) for (const n of namesOf(g)) goldEntityByName.set(n, g);
  const sameSpeaker = (goldSpeaker: string, speakerId: string | null): boolean => {
    const e = speakerId === null ? undefined : byId.get(speakerId);
    if (!e) return false;
    const extractedNames = namesOf(e);
    const goldEntity = goldEntityByName.get(normaliseName(goldSpeaker));
    if (goldEntity) return [...namesOf(goldEntity)].some((n) => extractedNames.has(n));
    if (extractedNames.has(normaliseName(goldSpeaker))) return true;
    const head = lastWord(goldSpeaker);
    return [...extractedNames, ...(e.description ? [normaliseName(e.description)] : [])].some((n) => lastWord(n) === head);
  };

  const goldClaims = gold.claims.map((c) => ({ claim: c, spans: occurrences(body, c.evidence) }));
  const attributed = facts.claims.filter((c) => c.speakerId !== null);
  const span = (c: (typeof facts.claims)[number]): readonly [number, number] => [c.evidence[0]?.start ?? -1, c.evidence[0]?.end ?? -1];
  const claimRight = (c: (typeof facts.claims)[number], g: (typeof goldClaims)[number]): boolean =>
    overlaps(g.spans, ...span(c)) && sameSpeaker(g.claim.speaker, c.speakerId);
  const claims: Counts = {
    right: attributed.filter((c) => goldClaims.some((g) => claimRight(c, g))).length,
    extracted: attributed.length,
    found: goldClaims.filter((g) => attributed.some((c) => claimRight(c, g))).length,
    gold: goldClaims.length,
  };
  const direct = goldClaims.filter((g) => g.claim.direct);
  const quotedSentences: Ratio = {
    hits: direct.filter((g) => attributed.some((c) => c.quote !== null && overlaps(g.spans, ...span(c)))).length,
    total: direct.length,
  };
  const doubted = goldClaims.filter((g) => g.claim.standing !== 'ASSERTED');
  const standing: Ratio = {
    hits: doubted.filter((g) => facts.claims.some((c) => c.standing === g.claim.standing && overlaps(g.spans, ...span(c)))).length,
    total: doubted.length,
  };

  // Quantities, one-to-one.
  const goldQuantities = gold.quantities.map((q) => ({ q, spans: occurrences(body, q.evidence) }));
  const takenQ = new Set<number>();
  for (const x of facts.quantities) {
    const k = goldQuantities.findIndex(
      (g, i) =>
        !takenQ.has(i) &&
        g.q.value === x.value &&
        (g.q.valueMax ?? null) === x.valueMax &&
        sameUnit(g.q.unit, x.unit) &&
        overlaps(g.spans, x.evidence.start, x.evidence.end),
    );
    if (k >= 0) takenQ.add(k);
  }
  const quantities: Counts = { right: takenQ.size, extracted: facts.quantities.length, found: takenQ.size, gold: gold.quantities.length };

  // Dates: distinct resolved ranges.
  const resolved = facts.timeline.filter((t) => t.date.precision !== 'UNRESOLVED');
  const extractedRanges = new Set(resolved.map((t) => `${t.date.start}..${t.date.end}`));
  const goldRanges = new Set(gold.dates.map((d) => `${d.start}..${d.end}`));
  const rangesRight = [...extractedRanges].filter((r) => goldRanges.has(r)).length;
  const dates: Counts = { right: rangesRight, extracted: extractedRanges.size, found: rangesRight, gold: goldRanges.size };
  const goldDates = gold.dates.map((d) => ({ d, spans: occurrences(body, d.evidence) }));
  let placed = 0;
  let placedRight = 0;
  for (const t of resolved) {
    const words = t.date.text.toLowerCase();
    const g = goldDates.find(
      (x) => overlaps(x.spans, t.evidence.start, t.evidence.end) && (x.d.evidence.toLowerCase().includes(words) || words.includes(x.d.evidence.toLowerCase())),
    );
    if (!g) continue;
    placed += 1;
    if (g.d.start === t.date.start && g.d.end === t.date.end) placedRight += 1;
  }

  return {
    entities,
    entityKinds: { hits: kindsRight, total: used.size },
    claims,
    quotedSentences,
    standing,
    quantities,
    dates,
    resolvedDates: { hits: placedRight, total: placed },
  };
}

const addCounts = (a: Counts, b: Counts): Counts => ({ right: a.right + b.right, extracted: a.extracted + b.extracted, found: a.found + b.found, gold: a.gold + b.gold });
const addRatio = (a: Ratio, b: Ratio): Ratio => ({ hits: a.hits + b.hits, total: a.total + b.total });

/** Pooled over articles (micro-averaged). */
export function pool(scores: readonly ArticleScore[]): ArticleScore {
  const zero: Counts = { right: 0, extracted: 0, found: 0, gold: 0 };
  const none: Ratio = { hits: 0, total: 0 };
  return scores.reduce<ArticleScore>(
    (t, s) => ({
      entities: addCounts(t.entities, s.entities),
      entityKinds: addRatio(t.entityKinds, s.entityKinds),
      claims: addCounts(t.claims, s.claims),
      quotedSentences: addRatio(t.quotedSentences, s.quotedSentences),
      standing: addRatio(t.standing, s.standing),
      quantities: addCounts(t.quantities, s.quantities),
      dates: addCounts(t.dates, s.dates),
      resolvedDates: addRatio(t.resolvedDates, s.resolvedDates),
    }),
    { entities: zero, entityKinds: none, claims: zero, quotedSentences: none, standing: none, quantities: zero, dates: zero, resolvedDates: none },
  );
}

export function precision(c: Counts): number {
  return c.extracted === 0 ? 0 : c.right / c.extracted;
}
export function recall(c: Counts): number {
  return c.gold === 0 ? 0 : c.found / c.gold;
}
export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
