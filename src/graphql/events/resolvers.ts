import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { EventOrder } from '../common/ordering';
import type { NewsEvent, Quantity, Relation, TimelineEntry } from '../../domain/facts';
import { NotFoundError } from '../../errors';
import { listEvents } from '../../events/lists';
import { pageRequest } from '../../paging/pagination';
import { ArticleConnection } from '../articles/types';
import { claimFilterOf } from '../claims/resolvers';
import { ClaimConnection, ClaimFilter, QuantityType, RelationType, TimelineEntryType } from '../claims/types';
import { ConnectionArgs, toConnection } from '../common/connection';
import { idOf, toGlobalId } from '../common/globalId';
import { nestedConnection } from '../common/loadedConnection';
import type { Context } from '../context';
import { NewsEntityConnection, NewsEntityType } from '../entities/types';
import { EventConnection, EventFilter, EventType } from './types';

@Resolver(() => EventType)
export class EventResolver {
  @Query(() => EventType, { nullable: true, description: 'An event by id; NOT_FOUND when there is none.' })
  async event(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NewsEvent> {
    const event = await ctx.loaders.event.load(idOf('Event', id));
    if (!event) throw new NotFoundError(`no event with id ${id}`);
    return event;
  }

  @Query(() => EventConnection, { description: 'Events, oldest stored first unless orderBy says otherwise, optionally filtered by text and date range.' })
  async events(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | null,
    @Arg('orderBy', () => EventOrder, { nullable: true }) orderBy: EventOrder | null,
    @Ctx() ctx: Context,
  ) {
    return toConnection(await listEvents(ctx.dataSource, filter ?? {}, pageRequest(page), orderBy));
  }

  @FieldResolver(() => ID)
  id(@Root() event: NewsEvent): string {
    return toGlobalId('Event', event.id);
  }

  @FieldResolver(() => NewsEntityType, { nullable: true, description: 'Where it happened.' })
  place(@Root() event: NewsEvent, @Ctx() ctx: Context) {
    return event.placeId === null ? null : ctx.loaders.entity.load(Number(event.placeId));
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles that report it.' })
  async articles(@Root() event: NewsEvent, @Args() page: ConnectionArgs, @Ctx() ctx: Context) {
    return nestedConnection(await ctx.loaders.articlesOfEvent.load(Number(event.id)), page, ctx.loaders.article);
  }

  @FieldResolver(() => ClaimConnection, { description: "The event's claims, in article order." })
  async claims(
    @Root() event: NewsEvent,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ClaimFilter, { nullable: true }) filter: ClaimFilter | null,
    @Ctx() ctx: Context,
  ) {
    const { speakerId, subjectId, standings } = claimFilterOf(filter);
    const ids = await ctx.loaders.claimIds('eventId', { speakerId, subjectId, standings }).load(Number(event.id));
    return nestedConnection(ids, page, ctx.loaders.claim);
  }

  @FieldResolver(() => NewsEntityConnection, { description: 'Who and what its articles name, in order of first mention.' })
  async entities(@Root() event: NewsEvent, @Args() page: ConnectionArgs, @Ctx() ctx: Context) {
    return nestedConnection(await ctx.loaders.entitiesOfEvent.load(Number(event.id)), page, ctx.loaders.entity);
  }

  @FieldResolver(() => [QuantityType], { description: 'Every number its articles give.' })
  quantities(@Root() event: NewsEvent, @Ctx() ctx: Context): Promise<Quantity[]> {
    return ctx.loaders.quantitiesOfEvent.load(Number(event.id));
  }

  @FieldResolver(() => [RelationType])
  relations(@Root() event: NewsEvent, @Ctx() ctx: Context): Promise<Relation[]> {
    return ctx.loaders.relationsOfEvent.load(Number(event.id));
  }

  @FieldResolver(() => [TimelineEntryType], { description: 'Its story in time order, earliest first.' })
  timeline(@Root() event: NewsEvent, @Ctx() ctx: Context): Promise<TimelineEntry[]> {
    return ctx.loaders.timelineOfEvent.load(Number(event.id));
  }
}
