// Stores one article's facts in one transaction: either all of it lands or none of it does.
import type { DataSource, EntityManager } from 'typeorm';
import type { EventFacts, Evidence, NewsEntity } from '../domain/facts';
import {
  ArticleRecord,
  ClaimRecord,
  ClaimSubjectRecord,
  EntityAliasRecord,
  EventArticleRecord,
  EventRecord,
  MentionRecord,
  NewsEntityRecord,
  QuantityRecord,
  RelationRecord,
  TimelineEntryRecord,
} from '../db/entities';
import { toDateColumns } from '../db/entities/columns';
import { BadInputError, NotFoundError } from '../errors';
import { lockNames } from '../db/locks';
import { contentHash } from './contentHash';
import { normalizeName } from './names';

export interface SavedArticle {
  readonly articleId: number;
  readonly eventId: number;
  /** False when the same text was already stored: nothing was written. */
  readonly created: boolean;
}

export interface SaveOptions {
  /** Attach the article to this existing event instead of creating one from `facts.event`. */
  readonly eventId?: number;
  readonly now?: () => Date;
}

export async function saveArticleFacts(dataSource: DataSource, facts: EventFacts, options: SaveOptions = {}): Promise<SavedArticle> {
  const [article] = facts.articles;
  if (!article || facts.articles.length !== 1) throw new Error('saveArticleFacts takes the facts of exactly one article');
  const hash = contentHash(article.body);
  const createdAt = (options.now ?? (() => new Date()))().toISOString();

  return dataSource.transaction(async (em) => {
    // Taken before the checks below, so a concurrent save of the same text or the same names waits
    // for this one and then finds what it stored.
    await lockNames(em, [`article:${hash}`, ...facts.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => `entity:${normalizeName(n)}`))]);
    const existing = await em.findOne(ArticleRecord, { where: { contentHash: hash }, select: { id: true } });
    if (existing) {
      const link = await em.findOne(EventArticleRecord, { where: { articleId: existing.id } });
      if (!link) throw new Error(`article ${existing.id} is stored without an event`);
      if (options.eventId !== undefined && options.eventId !== link.eventId) {
        throw new BadInputError('This text is already stored, in another event: leave eventId out to get that event, or ingest a different text.');
      }
      return { articleId: existing.id, eventId: link.eventId, created: false };
    }

    const entityIds = await resolveEntities(em, facts.entities, createdAt);
    const entity = (localId: string): number => {
      const id = entityIds.get(localId);
      if (id === undefined) throw new Error(`unknown entity "${localId}" in the facts`);
      return id;
    };
    const entityOrNull = (localId: string | null) => (localId === null ? null : entity(localId));

    const { id: articleId } = await insert(em, ArticleRecord, {
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      publishedAt: article.publishedAt,
      body: article.body,
      sentences: [...article.sentences],
      contentHash: hash,
      createdAt,
    });
    const evidence = (e: Evidence): Evidence => ({ ...e, articleId: String(articleId) });

    let eventId = options.eventId;
    if (eventId === undefined) {
      ({ id: eventId } = await insert(em, EventRecord, {
        title: facts.event.title,
        summary: facts.event.summary,
        date: toDateColumns(facts.event.date),
        placeId: entityOrNull(facts.event.placeId),
        createdAt,
      }));
    } else if (!(await em.exists(EventRecord, { where: { id: eventId } }))) {
      throw new NotFoundError(`no event with this id`);
    }
    await em.insert(EventArticleRecord, { eventId, articleId });

    for (const m of facts.mentions) {
      await em.insert(MentionRecord, { entityId: entity(m.entityId), articleId, evidence: evidence(m.evidence) });
    }

    const claimIds = new Map<string, number>();
    for (const c of facts.claims) {
      const { id } = await insert(em, ClaimRecord, {
        eventId,
        articleId,
        speakerId: entityOrNull(c.speakerId),
        viaId: entityOrNull(c.viaId),
        paraphrase: c.paraphrase,
        quote: c.quote,
        standing: c.standing,
        modality: c.modality,
        date: toDateColumns(c.date),
        placeId: entityOrNull(c.placeId),
        respondsToId: null,
        evidence: c.evidence.map(evidence),
      });
      claimIds.set(c.id, id);
      const subjects = [...new Set(c.subjectIds.map(entity))];
      for (const [position, entityId] of subjects.entries()) {
        await em.insert(ClaimSubjectRecord, { claimId: id, entityId, position });
      }
    }
    // A claim may answer one that comes later in the text, so links are set once all have ids.
    for (const c of facts.claims) {
      if (c.respondsToId === null) continue;
      const target = claimIds.get(c.respondsToId);
      if (target === undefined) throw new Error(`claim "${c.id}" responds to unknown claim "${c.respondsToId}"`);
      await em.update(ClaimRecord, { id: claimIds.get(c.id) }, { respondsToId: target });
    }

    for (const q of facts.quantities) {
      const claimId = q.claimId === null ? null : claimIds.get(q.claimId);
      if (claimId === undefined) throw new Error(`quantity "${q.id}" belongs to unknown claim "${q.claimId}"`);
      await em.insert(QuantityRecord, {
        eventId,
        articleId,
        claimId,
        value: q.value,
        valueMax: q.valueMax,
        approximate: q.approximate,
        unit: q.unit,
        measure: q.measure,
        counts: q.counts,
        sourceId: entityOrNull(q.sourceId),
        evidence: evidence(q.evidence),
      });
    }
    for (const r of facts.relations) {
      await em.insert(RelationRecord, {
        eventId,
        articleId,
        kind: r.kind,
        subjectId: entity(r.subjectId),
        objectId: entity(r.objectId),
        description: r.description,
        date: toDateColumns(r.date),
        evidence: evidence(r.evidence),
      });
    }
    for (const t of facts.timeline) {
      await em.insert(TimelineEntryRecord, {
        eventId,
        articleId,
        label: t.label,
        date: toDateColumns(t.date),
        sequence: t.sequence,
        actorIds: t.actorIds.map(entity),
        evidence: evidence(t.evidence),
      });
    }
    return { articleId, eventId, created: true };
  });
}

async function insert<T extends { id: number }>(em: EntityManager, target: new () => T, values: Omit<T, 'id'>): Promise<{ id: number }> {
  const result = await em.insert(target, values as never);
  return { id: Number(result.identifiers[0]!.id) };
}

/**
 * Maps each entity of the article to a stored one: the same kind and a shared name or alias means
 * the same entity ("NATO" in a second article is the NATO already stored). New names it brings
 * are added as aliases; entities seen for the first time are created.
 */
async function resolveEntities(em: EntityManager, entities: readonly NewsEntity[], createdAt: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const allNames = [...new Set(entities.flatMap((e) => [e.name, ...e.aliases].map(normalizeName)))].filter(Boolean);
  const known = allNames.length
    ? await em
        .createQueryBuilder(EntityAliasRecord, 'a')
        .innerJoin(NewsEntityRecord, 'e', 'e.id = a.entity_id')
        .select(['a.entity_id AS "entityId"', 'a.normalized AS "normalized"', 'a.is_alias AS "isAlias"', 'e.kind AS "kind"'])
        .where('a.normalized IN (:...names)', { names: allNames })
        .getRawMany<{ entityId: number; normalized: string; isAlias: boolean | number; kind: string }>()
    : [];

  for (const e of entities) {
    const names = [e.name, ...e.aliases].map(normalizeName).filter(Boolean);
    const matches = known.filter((k) => k.kind === e.kind && names.includes(k.normalized));
    // A match on a canonical name beats a match on an alias.
    matches.sort((a, b) => Number(a.isAlias) - Number(b.isAlias));
    let entityId = matches[0] ? Number(matches[0].entityId) : undefined;
    if (entityId === undefined) {
      ({ id: entityId } = await insert(em, NewsEntityRecord, { kind: e.kind, name: e.name, description: e.description, createdAt }));
    }
    const storedNames = new Set(known.filter((k) => Number(k.entityId) === entityId).map((k) => k.normalized));
    const newNames = [{ alias: e.name, isAlias: matches.length > 0 }, ...e.aliases.map((alias) => ({ alias, isAlias: true }))];
    for (const { alias, isAlias } of newNames) {
      const normalized = normalizeName(alias);
      if (!normalized || storedNames.has(normalized)) continue;
      storedNames.add(normalized);
      await em.insert(EntityAliasRecord, { entityId, alias, normalized, isAlias });
      known.push({ entityId, normalized, isAlias, kind: e.kind });
    }
    ids.set(e.id, entityId);
  }
  return ids;
}
