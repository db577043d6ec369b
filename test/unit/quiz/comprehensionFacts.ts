// Hand-built facts for the comprehension-question tests: one article whose every sentence is an
// own-voice, asserted, factual claim, as the extraction pipeline gives an article it reads.
import type { Claim, EventFacts, NewsEntity, Sentence } from '../../../src/domain/facts';

export function articleFacts(title: string | null, sentences: readonly string[], entities: readonly NewsEntity[] = []): EventFacts {
  let body = '';
  const out: Sentence[] = [];
  sentences.forEach((text, index) => {
    if (index > 0) body += ' ';
    out.push({ index, start: body.length, end: body.length + text.length, text });
    body += text;
  });
  const claims: Claim[] = out.map((s) => ({
    id: `claim-${s.index}`,
    articleId: 'a1',
    speakerId: null,
    viaId: null,
    subjectIds: [],
    paraphrase: s.text,
    quote: null,
    standing: 'ASSERTED',
    modality: 'FACTUAL',
    date: null,
    placeId: null,
    respondsToId: null,
    evidence: [{ articleId: 'a1', sentenceIndex: s.index, start: s.start, end: s.end, text: s.text }],
  }));
  const mentions = entities.flatMap((e) =>
    out.flatMap((s) =>
      [e.name, ...e.aliases].some((n) => s.text.includes(n))
        ? [{ entityId: e.id, evidence: { articleId: 'a1', sentenceIndex: s.index, start: s.start, end: s.end, text: s.text } }]
        : [],
    ),
  );
  return {
    event: { id: 'event-1', title: title ?? 'Event', summary: '', date: null, placeId: null },
    articles: [{ id: 'a1', title, outlet: null, url: null, publishedAt: '2024-01-10', body, sentences: out }],
    entities,
    mentions,
    claims,
    quantities: [],
    relations: [],
    timeline: [],
  };
}
