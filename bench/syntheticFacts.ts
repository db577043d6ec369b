// Synthetic articles with exact facts, built from varied templates: for load tests and the
// constant-query test, where real articles would be too few. Deterministic for a given index.
import type { Claim, EventFacts, Evidence, Mention, NewsEntity, Quantity, Sentence } from '../src/domain/facts';

const PEOPLE = ['Amara Osei', 'Lena Fischer', 'Tomas Novak', 'Priya Raman', 'Kenji Watanabe', 'Sofia Marquez', 'Ade Bello', 'Ingrid Holm'];
const ROLES = ['Finance Minister', 'Health Secretary', 'Mayor', 'Chief Economist', 'Union Leader', 'Police Chief', 'Coach', 'Professor'];
const PLACES = ['Lisbon', 'Nairobi', 'Osaka', 'Valparaiso', 'Tromso', 'Lagos', 'Krakow', 'Hobart'];
const THINGS: [string, string][] = [
  ['nurses', 'PEOPLE'], ['buses', 'COUNT'], ['kilometres of rail', 'LENGTH'], ['schools', 'COUNT'], ['engineers', 'PEOPLE'],
];
const VERBS = ['said', 'told reporters', 'announced', 'confirmed'];

/** Facts for one article of `claimCount` claims, each by one of a rotating cast of speakers. */
export function syntheticArticle(index: number, claimCount = 12): EventFacts {
  const speakers = PEOPLE.map((name, i): NewsEntity => ({
    id: `p${i}`, kind: 'PERSON', name, aliases: [name.split(' ')[1]!], description: ROLES[i]!,
  }));
  const places = PLACES.map((name, i): NewsEntity => ({ id: `l${i}`, kind: 'PLACE', name, aliases: [], description: null }));
  let body = '';
  const sentences: Sentence[] = [];
  const claims: Claim[] = [];
  const quantities: Quantity[] = [];
  const mentions: Mention[] = [];
  for (let c = 0; c < claimCount; c++) {
    const s = (index * 7 + c) % speakers.length;
    const p = (index + c * 3) % places.length;
    const [thing, measure] = THINGS[(index + c) % THINGS.length]!;
    const count = 10 + ((index * 31 + c * 17) % 990);
    const speaker = speakers[s]!;
    const text = `${ROLES[s]} ${speaker.name} ${VERBS[(index + c) % VERBS.length]} that ${PLACES[p]} would get ${count} new ${thing} in report ${index}.`;
    const start = body.length + (body ? 1 : 0);
    body += (body ? ' ' : '') + text;
    const sentence: Sentence = { index: c, start, end: start + text.length, text };
    sentences.push(sentence);
    const span = (part: string): Evidence => {
      const at = text.indexOf(part);
      return { articleId: 'article', sentenceIndex: c, start: start + at, end: start + at + part.length, text: part };
    };
    claims.push({
      id: `c${c}`, articleId: 'article', speakerId: speaker.id, viaId: null, subjectIds: [places[p]!.id],
      paraphrase: `${speaker.name} said ${PLACES[p]} would get ${count} new ${thing}.`, quote: null,
      standing: c % 4 === 3 ? 'CONFIRMED' : 'ASSERTED', modality: 'PLANNED', date: null, placeId: null, respondsToId: null,
      evidence: [span(text)],
    });
    quantities.push({
      id: `q${c}`, articleId: 'article', claimId: `c${c}`, value: count, valueMax: null, approximate: false,
      unit: thing.split(' ')[0]!.replace(/s$/, ''), measure: measure as Quantity['measure'], counts: `new ${thing} for ${PLACES[p]}`,
      sourceId: speaker.id, evidence: span(`${count} new ${thing}`),
    });
    mentions.push({ entityId: speaker.id, evidence: span(speaker.name) }, { entityId: places[p]!.id, evidence: span(PLACES[p]!) });
  }
  const used = new Set(mentions.map((m) => m.entityId));
  return {
    event: { id: 'event', title: `Spending plans, report ${index}`, summary: `Officials describe new spending (report ${index}).`, date: null, placeId: null },
    articles: [{ id: 'article', title: `Report ${index}`, outlet: 'Synthetic Wire', url: null, publishedAt: null, body, sentences }],
    entities: [...speakers, ...places].filter((e) => used.has(e.id)),
    mentions,
    claims,
    quantities,
    relations: [],
    timeline: [],
  };
}
