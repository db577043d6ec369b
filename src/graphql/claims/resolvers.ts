import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Claim, Quantity, Relation, TimelineEntry } from '../../domain/facts';
import { NotFoundError } from '../../errors';
import { listClaims } from '../../events/lists';
import { pageRequest } from '../../paging/pagination';
import { ArticleType } from '../articles/types';
import { ConnectionArgs } from '../common/connection';
import { loadedConnection } from '../common/loadedConnection';
import { Evidence } from '../common/evidence';
import { idOf, toGlobalId } from '../common/globalId';
import { loadAll, type Context } from '../context';
import { NewsEntityType } from '../entities/types';
import { EventType } from '../events/types';
import { ClaimConnection, ClaimFilter, ClaimType, QuantityType, RelationType, TimelineEntryType } from './types';

const entityOrNull = (ctx: Context, id: string | null) => (id === null ? null : ctx.loaders.entity.load(Number(id)));

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (found === null) throw new Error(`${what} is missing from the store`);
  return found;
}

/** Turns the API's filter (global ids) into the store's (row ids), rejecting ids of the wrong type. */
export function claimFilterOf(filter: ClaimFilter | null | undefined) {
  return {
    speakerId: filter?.speaker ? idOf('NewsEntity', filter.speaker, 'filter.speaker') : null,
    subjectId: filter?.subject ? idOf('NewsEntity', filter.subject, 'filter.subject') : null,
    eventId: filter?.event ? idOf('Event', filter.event, 'filter.event') : null,
    standings: filter?.standings ?? null,
  };
}

@Resolver(() => ClaimType)
export class ClaimResolver {
  @Query(() => ClaimType, { nullable: true, description: 'A claim by id; NOT_FOUND when there is none.' })
  async claim(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Claim> {
    const claim = await ctx.loaders.claim.load(idOf('Claim', id));
    if (!claim) throw new NotFoundError(`no claim with id ${id}`);
    return claim;
  }

  @Query(() => ClaimConnection, { description: 'Claims across all events, in article order.' })
  async claims(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ClaimFilter, { nullable: true }) filter: ClaimFilter | null,
    @Ctx() ctx: Context,
  ) {
    // Rows come without their subjects; the claim loader reads claims with subjects in two queries.
    return loadedConnection(await listClaims(ctx.dataSource, claimFilterOf(filter), pageRequest(page)), ctx.loaders.claim);
  }

  @FieldResolver(() => ID)
  id(@Root() claim: Claim): string {
    return toGlobalId('Claim', claim.id);
  }

  @FieldResolver(() => NewsEntityType, { nullable: true, description: "Who makes the claim; null when it is the article's own statement." })
  speaker(@Root() claim: Claim, @Ctx() ctx: Context) {
    return entityOrNull(ctx, claim.speakerId);
  }

  @FieldResolver(() => NewsEntityType, { nullable: true, description: 'The channel it came through ("according to Yonhap").' })
  via(@Root() claim: Claim, @Ctx() ctx: Context) {
    return entityOrNull(ctx, claim.viaId);
  }

  @FieldResolver(() => NewsEntityType, { nullable: true, description: 'Where it was said.' })
  place(@Root() claim: Claim, @Ctx() ctx: Context) {
    return entityOrNull(ctx, claim.placeId);
  }

  @FieldResolver(() => [NewsEntityType], { description: 'Whom or what the claim is about.' })
  subjects(@Root() claim: Claim, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.entity, claim.subjectIds.map(Number));
  }

  @FieldResolver(() => ClaimType, { nullable: true, description: 'The claim this one answers (a "not confirmed" points at what it doubts).' })
  respondsTo(@Root() claim: Claim, @Ctx() ctx: Context) {
    return claim.respondsToId === null ? null : ctx.loaders.claim.load(Number(claim.respondsToId));
  }

  @FieldResolver(() => [ClaimType], { description: 'Claims that answer this one: who backed, doubted or is checking it.' })
  async responses(@Root() claim: Claim, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.claim, await ctx.loaders.responsesToClaim.load(Number(claim.id)));
  }

  @FieldResolver(() => [QuantityType], { description: 'The numbers the claim states.' })
  quantities(@Root() claim: Claim, @Ctx() ctx: Context): Promise<Quantity[]> {
    return ctx.loaders.quantitiesOfClaim.load(Number(claim.id));
  }

  @FieldResolver(() => [Evidence], { description: 'First the statement itself, then what else is needed to read it (who "he" is).' })
  evidence(@Root() claim: Claim) {
    return claim.evidence;
  }

  @FieldResolver(() => ArticleType)
  article(@Root() claim: Claim, @Ctx() ctx: Context) {
    return required(ctx.loaders.article.load(Number(claim.articleId)), `article ${claim.articleId}`);
  }

  @FieldResolver(() => EventType)
  async event(@Root() claim: Claim, @Ctx() ctx: Context) {
    const [eventId] = await ctx.loaders.eventsOfArticle.load(Number(claim.articleId));
    return required(ctx.loaders.event.load(eventId ?? 0), `the event of article ${claim.articleId}`);
  }
}

@Resolver(() => QuantityType)
export class QuantityResolver {
  @FieldResolver(() => ID)
  id(@Root() quantity: Quantity): string {
    return toGlobalId('Quantity', quantity.id);
  }

  @FieldResolver(() => NewsEntityType, { nullable: true, description: "Whose figure it is; null when it is the article's own." })
  source(@Root() quantity: Quantity, @Ctx() ctx: Context) {
    return entityOrNull(ctx, quantity.sourceId);
  }

  @FieldResolver(() => ClaimType, { nullable: true, description: 'The claim that states it.' })
  claim(@Root() quantity: Quantity, @Ctx() ctx: Context) {
    return quantity.claimId === null ? null : ctx.loaders.claim.load(Number(quantity.claimId));
  }

  @FieldResolver(() => Evidence)
  evidence(@Root() quantity: Quantity) {
    return quantity.evidence;
  }
}

@Resolver(() => RelationType)
export class RelationResolver {
  @FieldResolver(() => ID)
  id(@Root() relation: Relation): string {
    return toGlobalId('Relation', relation.id);
  }

  @FieldResolver(() => NewsEntityType)
  subject(@Root() relation: Relation, @Ctx() ctx: Context) {
    return required(ctx.loaders.entity.load(Number(relation.subjectId)), `entity ${relation.subjectId}`);
  }

  @FieldResolver(() => NewsEntityType)
  object(@Root() relation: Relation, @Ctx() ctx: Context) {
    return required(ctx.loaders.entity.load(Number(relation.objectId)), `entity ${relation.objectId}`);
  }

  @FieldResolver(() => Evidence)
  evidence(@Root() relation: Relation) {
    return relation.evidence;
  }
}

@Resolver(() => TimelineEntryType)
export class TimelineEntryResolver {
  @FieldResolver(() => ID)
  id(@Root() entry: TimelineEntry): string {
    return toGlobalId('TimelineEntry', entry.id);
  }

  @FieldResolver(() => [NewsEntityType], { description: 'Who takes part.' })
  actors(@Root() entry: TimelineEntry, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.entity, entry.actorIds.map(Number));
  }

  @FieldResolver(() => Evidence)
  evidence(@Root() entry: TimelineEntry) {
    return entry.evidence;
  }
}
