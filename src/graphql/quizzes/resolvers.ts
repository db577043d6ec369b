import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NewsEvent } from '../../domain/facts';
import type { Question, QuestionKind as QuestionKindValue } from '../../domain/question';
import { NotFoundError } from '../../errors';
import { loadEventFacts } from '../../events/loadEventFacts';
import { pageRequest } from '../../paging/pagination';
import { questionBank } from '../../quiz';
import { generateAndStoreQuiz } from '../../quizzes/generateQuiz';
import { listQuizzes } from '../../quizzes/quizStore';
import type { StoredQuiz } from '../../quizzes/storedQuiz';
import { ConnectionArgs } from '../common/connection';
import { QuestionKind } from '../common/enums';
import { idOf, toGlobalId } from '../common/globalId';
import type { Context } from '../context';
import { loadedConnection, nestedConnection } from '../common/loadedConnection';
import { EventType } from '../events/types';
import { QuestionInterface } from './questionTypes';
import { GenerateQuizInput, GenerateQuizPayload, QuizConnection, QuizFilter, QuizType } from './types';

@Resolver(() => QuizType)
export class QuizResolver {
  @Query(() => QuizType, { description: 'A quiz by id; NOT_FOUND when there is none.' })
  async quiz(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<StoredQuiz> {
    const quiz = await ctx.loaders.quiz.load(idOf('Quiz', id));
    if (!quiz) throw new NotFoundError(`no quiz with id ${id}`);
    return quiz;
  }

  @Query(() => QuizConnection, { description: 'Stored quizzes, oldest first.' })
  async quizzes(@Args() page: ConnectionArgs, @Arg('filter', () => QuizFilter, { nullable: true }) filter: QuizFilter | null, @Ctx() ctx: Context) {
    const eventId = filter?.event ? idOf('Event', filter.event, 'filter.event') : null;
    return loadedConnection(await listQuizzes(ctx.dataSource, { eventId }, pageRequest(page)), ctx.loaders.quiz);
  }

  @Mutation(() => GenerateQuizPayload, { description: 'Generates a quiz from an event and stores it.' })
  async generateQuiz(@Arg('input', () => GenerateQuizInput) input: GenerateQuizInput, @Ctx() ctx: Context): Promise<GenerateQuizPayload> {
    const quiz = await generateAndStoreQuiz(ctx.dataSource, {
      eventId: input.eventId ? idOf('Event', input.eventId, 'input.eventId') : null,
      articleIds: input.articleIds?.map((id) => idOf('Article', id, 'input.articleIds')) ?? null,
      count: input.count,
      kinds: input.kinds ?? null,
      difficulty: input.difficulty ?? null,
      seed: input.seed ?? null,
      title: input.title ?? null,
      questionIds: input.questionIds ?? null,
      ownerId: null,
    });
    ctx.onWrite();
    return { quiz: quiz as unknown as QuizType, warnings: [...quiz.warnings] };
  }

  @FieldResolver(() => ID)
  id(@Root() quiz: StoredQuiz): string {
    return toGlobalId('Quiz', quiz.id);
  }

  @FieldResolver(() => EventType)
  async event(@Root() quiz: StoredQuiz, @Ctx() ctx: Context) {
    const event = await ctx.loaders.event.load(Number(quiz.eventId));
    if (!event) throw new Error(`quiz ${quiz.id} points at missing event`);
    return event;
  }

  @FieldResolver(() => [QuestionInterface])
  questions(@Root() quiz: StoredQuiz): readonly Question[] {
    return quiz.questions;
  }
}

@Resolver(() => EventType)
export class EventQuizResolver {
  @FieldResolver(() => [QuestionInterface], {
    description: 'Every question the engine can make from this event, for an educator to hand-pick (pass their ids to generateQuiz).',
  })
  async questionBank(
    @Root() event: NewsEvent,
    @Arg('kinds', () => [QuestionKind], { nullable: true }) kinds: QuestionKindValue[] | null,
    @Ctx() ctx: Context,
  ): Promise<Question[]> {
    return questionBank(await loadEventFacts(ctx.dataSource, Number(event.id)), kinds ?? undefined);
  }

  @FieldResolver(() => QuizConnection, { description: 'Quizzes generated from this event.' })
  async quizzes(@Root() event: NewsEvent, @Args() page: ConnectionArgs, @Ctx() ctx: Context) {
    return nestedConnection(await ctx.loaders.quizzesOfEvent.load(Number(event.id)), page, ctx.loaders.quiz);
  }
}
