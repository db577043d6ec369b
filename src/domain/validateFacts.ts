// Checks that a bundle of facts is internally consistent and that every fact still points at the
// exact words it came from. It runs on hand-curated seeds and on machine-extracted facts before
// they are stored, so it never throws: it returns every problem it finds, each naming the fact and
// the rule, because a curator fixing a seed wants the whole list at once.
import {
  CLAIM_MODALITIES,
  CLAIM_STANDINGS,
  ENTITY_KINDS,
  QUANTITY_MEASURES,
  RELATION_KINDS,
  type Article,
  type DateRef,
  type EventFacts,
  type Evidence,
} from './facts';

type Problems = string[];

/** How the pieces of one quotation interrupted by its attribution are joined in `Claim.quote`. */
export const QUOTE_PIECE_SEPARATOR = ' … ';

/**
 * A quote is the speaker's words verbatim; a quotation broken by its attribution ("A," he said,
 * "B") is its pieces joined by QUOTE_PIECE_SEPARATOR, each found in the text after the one before.
 */
function quoteInText(quote: string, text: string): boolean {
  let from = 0;
  for (const piece of quote.split(QUOTE_PIECE_SEPARATOR)) {
    const at = text.indexOf(piece, from);
    if (piece.trim() === '' || at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

export function validateFacts(facts: EventFacts): string[] {
  const problems: Problems = [];
  const articles = new Map(facts.articles.map((a) => [a.id, a] as const));
  const entityIds = new Set(facts.entities.map((e) => e.id));
  const claimIds = new Set(facts.claims.map((c) => c.id));

  checkUniqueIds(problems, 'article', facts.articles);
  checkUniqueIds(problems, 'entity', facts.entities);
  checkUniqueIds(problems, 'claim', facts.claims);
  checkUniqueIds(problems, 'quantity', facts.quantities);
  checkUniqueIds(problems, 'relation', facts.relations);
  checkUniqueIds(problems, 'timeline entry', facts.timeline);

  for (const article of facts.articles) checkArticle(problems, article);

  const evidence = (where: string, ev: Evidence): void => checkEvidence(problems, articles, where, ev);
  const entityRef = (where: string, field: string, id: string | null): void => {
    if (id !== null && !entityIds.has(id)) problems.push(`${where}: ${field} "${id}" is not a known entity`);
  };
  const articleRef = (where: string, id: string): void => {
    if (!articles.has(id)) problems.push(`${where}: articleId "${id}" is not a known article`);
  };
  const dateRef = (where: string, date: DateRef | null): void => {
    if (date !== null) checkDateRef(problems, where, date);
  };

  entityRef('event', 'placeId', facts.event.placeId);
  dateRef('event', facts.event.date);
  checkEntities(problems, facts);

  facts.mentions.forEach((m, i) => {
    const where = `mention[${i}]`;
    entityRef(where, 'entityId', m.entityId);
    evidence(where, m.evidence);
  });

  for (const claim of facts.claims) {
    const where = `claim ${claim.id}`;
    articleRef(where, claim.articleId);
    entityRef(where, 'speakerId', claim.speakerId);
    entityRef(where, 'viaId', claim.viaId);
    entityRef(where, 'placeId', claim.placeId);
    claim.subjectIds.forEach((id) => entityRef(where, 'subjectId', id));
    if (claim.respondsToId !== null) {
      if (claim.respondsToId === claim.id) problems.push(`${where}: respondsToId points at itself`);
      else if (!claimIds.has(claim.respondsToId)) {
        problems.push(`${where}: respondsToId "${claim.respondsToId}" is not a known claim`);
      }
    }
    checkMember(problems, where, 'standing', claim.standing, CLAIM_STANDINGS);
    checkMember(problems, where, 'modality', claim.modality, CLAIM_MODALITIES);
    dateRef(where, claim.date);
    if (claim.paraphrase.trim() === '') problems.push(`${where}: paraphrase is empty`);
    if (claim.evidence.length === 0) problems.push(`${where}: has no evidence`);
    claim.evidence.forEach((ev, i) => evidence(`${where} evidence[${i}]`, ev));
    // The quote is what a who-said-it question shows, so it must be checkable against the
    // statement itself (the first evidence), not merely somewhere in the article.
    if (claim.quote !== null) {
      const first = claim.evidence[0];
      if (claim.quote.trim() === '') problems.push(`${where}: quote is empty (use null for reported speech)`);
      else if (first === undefined || !quoteInText(claim.quote, first.text)) {
        problems.push(`${where}: quote not found in its evidence`);
      }
    }
  }

  for (const q of facts.quantities) {
    const where = `quantity ${q.id}`;
    articleRef(where, q.articleId);
    entityRef(where, 'sourceId', q.sourceId);
    if (q.claimId !== null && !claimIds.has(q.claimId)) {
      problems.push(`${where}: claimId "${q.claimId}" is not a known claim`);
    }
    if (!Number.isFinite(q.value)) problems.push(`${where}: value ${String(q.value)} is not a finite number`);
    if (q.valueMax !== null) {
      if (!Number.isFinite(q.valueMax)) {
        problems.push(`${where}: valueMax ${String(q.valueMax)} is not a finite number`);
      } else if (q.valueMax < q.value) {
        problems.push(`${where}: valueMax ${q.valueMax} is less than value ${q.value}`);
      }
    }
    if (q.unit.trim() === '') problems.push(`${where}: unit is empty`);
    checkMember(problems, where, 'measure', q.measure, QUANTITY_MEASURES);
    evidence(where, q.evidence);
  }

  for (const r of facts.relations) {
    const where = `relation ${r.id}`;
    articleRef(where, r.articleId);
    entityRef(where, 'subjectId', r.subjectId);
    entityRef(where, 'objectId', r.objectId);
    checkMember(problems, where, 'kind', r.kind, RELATION_KINDS);
    dateRef(where, r.date);
    evidence(where, r.evidence);
  }

  for (const t of facts.timeline) {
    const where = `timeline entry ${t.id}`;
    articleRef(where, t.articleId);
    t.actorIds.forEach((id) => entityRef(where, 'actorId', id));
    if (!Number.isInteger(t.sequence)) problems.push(`${where}: sequence ${t.sequence} is not an integer`);
    dateRef(where, t.date);
    evidence(where, t.evidence);
  }

  return problems;
}

function checkUniqueIds(problems: Problems, label: string, items: readonly { readonly id: string }[]): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (id.trim() === '') problems.push(`${label} id is empty`);
    else if (seen.has(id)) problems.push(`${label} id "${id}" is not unique`);
    seen.add(id);
  }
}

function checkMember(
  problems: Problems,
  where: string,
  field: string,
  value: string,
  allowed: readonly string[],
): void {
  if (!allowed.includes(value)) problems.push(`${where}: ${field} "${value}" is not one of ${allowed.join(', ')}`);
}

/** Sentences must tile the body: in order, no overlap, nothing but whitespace between them. */
function checkArticle(problems: Problems, article: Article): void {
  const where = `article ${article.id}`;
  const { body } = article;
  if (article.publishedAt !== null && !isIsoDate(article.publishedAt)) {
    problems.push(`${where}: publishedAt "${article.publishedAt}" is not a valid ISO date`);
  }
  let cursor = 0;
  article.sentences.forEach((s, i) => {
    const at = `${where} sentence ${s.index}`;
    if (s.index !== i) problems.push(`${where}: sentence at position ${i} has index ${s.index}, expected ${i}`);
    if (!isSpan(s.start, s.end, body.length)) {
      problems.push(`${at}: span [${s.start}, ${s.end}) is not inside the body (length ${body.length})`);
      return;
    }
    if (s.start < cursor) problems.push(`${at}: starts at ${s.start}, overlapping the previous sentence (ends ${cursor})`);
    else if (body.slice(cursor, s.start).trim() !== '') {
      problems.push(`${at}: text between ${cursor} and ${s.start} belongs to no sentence`);
    }
    if (body.slice(s.start, s.end) !== s.text) problems.push(`${at}: text does not equal body.slice(${s.start}, ${s.end})`);
    if (s.text.includes('\n')) problems.push(`${at}: crosses a paragraph break`);
    cursor = Math.max(cursor, s.end);
  });
  if (body.slice(cursor).trim() !== '') problems.push(`${where}: text after ${cursor} belongs to no sentence`);
}

function checkEvidence(
  problems: Problems,
  articles: ReadonlyMap<string, Article>,
  where: string,
  ev: Evidence,
): void {
  const article = articles.get(ev.articleId);
  if (article === undefined) {
    problems.push(`${where}: evidence articleId "${ev.articleId}" is not a known article`);
    return;
  }
  if (!isSpan(ev.start, ev.end, article.body.length)) {
    problems.push(`${where}: evidence span [${ev.start}, ${ev.end}) is not inside the body of ${article.id}`);
    return;
  }
  if (article.body.slice(ev.start, ev.end) !== ev.text) {
    problems.push(`${where}: evidence text does not equal body.slice(${ev.start}, ${ev.end}) of ${article.id}`);
  }
  const sentence = article.sentences.find((s) => s.index === ev.sentenceIndex);
  if (sentence === undefined) {
    problems.push(`${where}: evidence sentenceIndex ${ev.sentenceIndex} is not a sentence of ${article.id}`);
  } else if (ev.start < sentence.start || ev.end > sentence.end) {
    problems.push(
      `${where}: evidence span [${ev.start}, ${ev.end}) lies outside sentence ${ev.sentenceIndex} [${sentence.start}, ${sentence.end})`,
    );
  }
}

function isSpan(start: number, end: number, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
}

function checkDateRef(problems: Problems, where: string, date: DateRef): void {
  if (date.precision === 'UNRESOLVED') {
    // Typed data cannot get here with a range, but extracted JSON can.
    const range: { readonly start: unknown; readonly end: unknown } = date;
    if (range.start !== null || range.end !== null) problems.push(`${where}: UNRESOLVED date "${date.text}" has a range`);
    return;
  }
  const badStart = !isIsoDate(date.start);
  const badEnd = !isIsoDate(date.end);
  if (badStart) problems.push(`${where}: date "${date.text}" start "${date.start}" is not a valid ISO date`);
  if (badEnd) problems.push(`${where}: date "${date.text}" end "${date.end}" is not a valid ISO date`);
  if (badStart || badEnd) return;
  // ISO dates of equal length compare correctly as strings.
  if (date.start > date.end) problems.push(`${where}: date "${date.text}" starts (${date.start}) after it ends (${date.end})`);
  else if (date.precision === 'DAY' && date.start !== date.end) {
    problems.push(`${where}: DAY date "${date.text}" spans ${date.start}..${date.end}`);
  }
}

/** YYYY-MM-DD naming a real calendar day (rejects 2024-02-30). */
function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/**
 * A name must point at one entity, or resolving "Kyiv" or "the U.S." in a new text becomes a
 * guess. Canonical names count too: an alias equal to another entity's name is the same clash.
 */
function checkEntities(problems: Problems, facts: EventFacts): void {
  const owner = new Map<string, string>();
  for (const entity of facts.entities) {
    const where = `entity ${entity.id}`;
    checkMember(problems, where, 'kind', entity.kind, ENTITY_KINDS);
    if (entity.name.trim() === '') problems.push(`${where}: name is empty`);
    const names = new Set([entity.name, ...entity.aliases].map((n) => n.trim().toLowerCase()));
    for (const name of names) {
      const other = owner.get(name);
      if (other !== undefined && other !== entity.id) {
        problems.push(`${where}: name or alias "${name}" is already used by entity ${other}`);
      } else owner.set(name, entity.id);
    }
  }
}
