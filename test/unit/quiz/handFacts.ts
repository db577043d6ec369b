// Hand-built facts for a few sentences: the tests name each entity, mention, claim and figure
// themselves, so what the engine resolves is what a person decided, not what extraction found.
import type { Claim, EventFacts, Evidence, Mention, NewsEntity, Quantity } from '../../../src/domain/facts';

export const ARTICLE_ID = 'hand-1';

export interface HandSpec {
  readonly title?: string | null;
  readonly sentences: readonly string[];
  readonly entities: readonly { id: string; kind: NewsEntity['kind']; name: string; aliases?: string[] }[];
  /** [entityId, sentence index, the words, which occurrence in that sentence (default first)] */
  readonly mentions: readonly (readonly [string, number, string, number?])[];
  readonly claims?: readonly { id: string; speakerId: string | null; sentence: number; text?: string; quote?: string | null }[];
  readonly quantities?: readonly { id: string; sentence: number; text: string; value: number; unit: string; claimId?: string | null }[];
}

export interface Hand {
  readonly facts: EventFacts;
  readonly body: string;
  /** Evidence for `text` in sentence `index`. */
  ev(index: number, text: string, nth?: number): Evidence;
}

export function handFacts(spec: HandSpec): Hand {
  const sentences = spec.sentences.map((text, index) => {
    const start = spec.sentences.slice(0, index).reduce((n, s) => n + s.length + 1, 0);
    return { index, start, end: start + text.length, text };
  });
  const body = spec.sentences.join(' ');
  const ev = (index: number, text: string, nth = 0): Evidence => {
    const s = sentences[index];
    if (s === undefined) throw new Error(`no sentence ${index}`);
    let at = -1;
    for (let i = 0; i <= nth; i++) at = s.text.indexOf(text, at + 1);
    if (at < 0) throw new Error(`“${text}” is not in sentence ${index}`);
    return { articleId: ARTICLE_ID, sentenceIndex: index, start: s.start + at, end: s.start + at + text.length, text };
  };
  const entities: NewsEntity[] = spec.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, aliases: e.aliases ?? [], description: null }));
  const mentions: Mention[] = spec.mentions.map(([entityId, index, text, nth]) => ({ entityId, evidence: ev(index, text, nth ?? 0) }));
  const claims: Claim[] = (spec.claims ?? []).map((c) => {
    const s = spec.sentences[c.sentence] as string;
    return {
      id: c.id, articleId: ARTICLE_ID, speakerId: c.speakerId, viaId: null, subjectIds: [], paraphrase: c.text ?? s, quote: c.quote ?? null,
      standing: 'ASSERTED', modality: 'FACTUAL', date: null, placeId: null, respondsToId: null, evidence: [ev(c.sentence, c.text ?? s)],
    };
  });
  const quantities: Quantity[] = (spec.quantities ?? []).map((q) => ({
    id: q.id, articleId: ARTICLE_ID, claimId: q.claimId ?? null, value: q.value, valueMax: null, approximate: false, unit: q.unit, measure: 'COUNT', counts: q.unit, sourceId: null, evidence: ev(q.sentence, q.text),
  }));
  const facts: EventFacts = {
    event: { id: 'event-hand', title: spec.title ?? 'A hand-made event', summary: '', date: null, placeId: null },
    articles: [{ id: ARTICLE_ID, title: spec.title ?? null, outlet: null, url: null, publishedAt: null, body, sentences }],
    entities, mentions, claims, quantities, relations: [], timeline: [],
  };
  return { facts, body, ev };
}
