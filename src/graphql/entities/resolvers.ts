import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { EntityOrder } from '../common/ordering';
import type { Evidence as EvidenceFact, NewsEntity } from '../../domain/facts';
import { NotFoundError } from '../../errors';
import { listEntities } from '../../events/lists';
import { pageRequest } from '../../paging/pagination';
import { claimFilterOf } from '../claims/resolvers';
import { ClaimConnection, ClaimFilter } from '../claims/types';
import { ConnectionArgs } from '../common/connection';
import { Evidence } from '../common/evidence';
import { idOf, toGlobalId } from '../common/globalId';
import type { Context } from '../context';
import { MAX_ENTITY_MENTIONS } from '../limits/listBounds';
import { loadedConnection, nestedConnection } from '../common/loadedConnection';
import { EntityFilter, NewsEntityConnection, NewsEntityType } from './types';

@Resolver(() => NewsEntityType)
export class NewsEntityResolver {
  @Query(() => NewsEntityType, { nullable: true, description: 'An entity by id; NOT_FOUND when there is none.' })
  async entity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NewsEntity> {
    const entity = await ctx.loaders.entity.load(idOf('NewsEntity', id));
    if (!entity) throw new NotFoundError(`no entity with id ${id}`);
    return entity;
  }

  @Query(() => NewsEntityConnection, { description: 'Entities in order of first appearance unless orderBy says otherwise, filtered by kind and name (aliases match).' })
  async entities(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => EntityFilter, { nullable: true }) filter: EntityFilter | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true }) orderBy: EntityOrder | null,
    @Ctx() ctx: Context,
  ) {
    return loadedConnection(await listEntities(ctx.dataSource, filter ?? {}, pageRequest(page), orderBy), ctx.loaders.entity);
  }

  @FieldResolver(() => ID)
  id(@Root() entity: NewsEntity): string {
    return toGlobalId('NewsEntity', entity.id);
  }

  @FieldResolver(() => ClaimConnection, { description: 'Claims this entity makes (as speaker), or, with `asSubject: true`, the claims about it.' })
  async claims(
    @Root() entity: NewsEntity,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ClaimFilter, { nullable: true }) filter: ClaimFilter | null,
    @Arg('asSubject', { defaultValue: false, description: 'List claims about this entity instead of claims by it.' }) asSubject: boolean,
    @Ctx() ctx: Context,
  ) {
    const { eventId, standings, speakerId, subjectId } = claimFilterOf(filter);
    const ids = asSubject
      ? await ctx.loaders.claimIds('subjectId', { eventId, standings, speakerId }).load(Number(entity.id))
      : await ctx.loaders.claimIds('speakerId', { eventId, standings, subjectId }).load(Number(entity.id));
    return nestedConnection(ids, page, ctx.loaders.claim);
  }

  @FieldResolver(() => [Evidence], { description: `Where the articles name it, in article order: the first ${MAX_ENTITY_MENTIONS}.` })
  async mentions(@Root() entity: NewsEntity, @Ctx() ctx: Context): Promise<EvidenceFact[]> {
    // Bounded (in SQL, by the loader): an entity a thousand articles name would otherwise answer
    // thousands of spans, and the cost limit counts this list as MAX_ENTITY_MENTIONS long.
    return ctx.loaders.mentionsOfEntity.load(Number(entity.id));
  }
}
