import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { canReadQuiz, quizListOwner } from '../../access/policy';
import type { NewsEvent } from '../../domain/facts';
import { questionSkill, type Question, type QuestionKind as QuestionKindValue, type QuestionSkill as QuestionSkillValue } from '../../domain/question';
import { NotFoundError } from '../../errors';
import { pageRequest } from '../../paging/pagination';
import { questionBank } from '../../quiz';
import { generateAndStoreQuiz } from '../../quizzes/generateQuiz';
import { readyQuestionBank } from '../../offload/pool';
import { listQuizzes } from '../../quizzes/quizStore';
import { bankQuestionsOf } from '../../quizzes/bankQuestions';
import type { StoredQuiz } from '../../quizzes/storedQuiz';
import { ConnectionArgs } from '../common/connection';
import { mutationPayload, type MutationPayload } from '../common/mutations';
import { QuestionKind, QuestionSkill } from '../common/enums';
import { idOf, toGlobalId } from '../common/globalId';
import { assertCanReadQuiz, quizReader, signedIn, writer } from '../access';
import type { Context } from '../context';
import { loadedConnection, nestedConnection } from '../common/loadedConnection';
import { EventType } from '../events/types';
import { educatorBankId, quizScope, withApiIds } from './apiIds';
import { QuestionInterface } from './questionTypes';
import { GenerateQuizInput, GenerateQuizPayload, QuizConnection, QuizFilter, QuizType, ViewerType } from './types';
import { QuizOrder } from '../common/ordering';

@Resolver(() => QuizType)
export class QuizResolver {
  @Query(() => QuizType, { nullable: true, description: "A quiz by id. Needs a key: NOT_FOUND when there is none, FORBIDDEN when it is another educator's." })
  async quiz(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<StoredQuiz> {
    // Signed in before the look-up, so a client without a key learns nothing about which ids exist.
    const viewer = await signedIn(ctx, info);
    const quiz = await ctx.loaders.quiz.load(idOf('Quiz', id));
    if (!quiz) throw new NotFoundError(`no quiz with id ${id}`);
    assertCanReadQuiz(viewer, quiz);
    return quiz;
  }

  @Query(() => QuizConnection, { nullable: true, description: "Stored quizzes, oldest first unless orderBy says otherwise: the key's own (an admin key: all). Needs a key." })
  async quizzes(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => QuizFilter, { nullable: true }) filter: QuizFilter | null,
    @Arg('orderBy', () => QuizOrder, { nullable: true }) orderBy: QuizOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const ownerId = quizListOwner(await signedIn(ctx, info));
    const eventId = filter?.event ? idOf('Event', filter.event, 'filter.event') : null;
    return loadedConnection(await listQuizzes(ctx.dataSource, { eventId, ownerId }, pageRequest(page), orderBy), ctx.loaders.quiz);
  }

  @Query(() => ViewerType, { nullable: true, description: 'Who the API key is: its name and role, and its own quizzes. Needs a key, as every private field does.' })
  async viewer(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ViewerType> {
    const viewer = await signedIn(ctx, info);
    return { keyId: viewer.keyId, name: viewer.name, role: viewer.role };
  }

  @Mutation(() => GenerateQuizPayload, { nullable: true, description: "Generates a quiz from an event and stores it as the key's own. Needs a key." })
  @UseMiddleware(mutationPayload)
  async generateQuiz(
    @Arg('input', () => GenerateQuizInput) input: GenerateQuizInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Omit<GenerateQuizPayload, keyof MutationPayload>> {
    const viewer = await writer(ctx, info);
    const quiz = await generateAndStoreQuiz(ctx.dataSource, {
      eventId: input.eventId ? idOf('Event', input.eventId, 'input.eventId') : null,
      articleIds: input.articleIds?.map((id) => idOf('Article', id, 'input.articleIds')) ?? null,
      count: input.count,
      kinds: input.kinds ?? null,
      difficulty: input.difficulty ?? null,
      seed: input.seed ?? null,
      title: input.title ?? null,
      // A quiz's question ids (`<quiz id>.<bank id>`) work as well as bank ids: reusing a quiz's questions is the common case.
      questionIds: input.questionIds?.map((id, i) => educatorBankId(id, `input.questionIds[${i}]`)) ?? null,
      ownerId: viewer.keyId,
    }, { eventFacts: (id) => ctx.eventFacts.load(ctx.dataSource, id), readyBank: (facts) => readyQuestionBank(ctx.offload, facts) });
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

  @FieldResolver(() => [QuestionInterface], { nullable: true })
  async questions(@Root() quiz: StoredQuiz, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<readonly Question[]> {
    // Checked again here, not only where the quiz was found: answers must stay private even if a
    // new path to a Quiz forgets its guard.
    await quizReader(ctx, info, quiz);
    const scope = quizScope(quiz.id);
    return quiz.questions.map((q) => withApiIds(q, scope));
  }
}

@Resolver(() => EventType)
export class EventQuizResolver {
  @FieldResolver(() => [QuestionInterface], {
    nullable: true,
    description:
      'Every question the engine can make from this event, for an educator to hand-pick (pass their ids to generateQuiz), then the key\'s own questions imported into this bank (origin IMPORTED; replaceQuizQuestion takes them, generateQuiz does not). ' +
      'Needs a key: it holds the answers to any quiz made from this event.',
  })
  async questionBank(
    @Root() event: NewsEvent,
    @Arg('kinds', () => [QuestionKind], { nullable: true }) kinds: QuestionKindValue[] | null,
    @Arg('skills', () => [QuestionSkill], { nullable: true, description: 'Only questions testing these skills; all when omitted.' }) skills: QuestionSkillValue[] | null | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Question[]> {
    const viewer = await writer(ctx, info);
    const facts = await ctx.eventFacts.load(ctx.dataSource, Number(event.id));
    await readyQuestionBank(ctx.offload, facts);
    const generated = questionBank(facts, kinds ?? undefined);
    // The key's own questions (importQuestions with eventId) after the generated ones; no one else's.
    const own = (await bankQuestionsOf(ctx.dataSource, Number(event.id), viewer.keyId)).filter((q) => !kinds || kinds.includes(q.kind));
    const bank = [...generated, ...own];
    const wanted = !skills || skills.length === 0 ? bank : bank.filter((q) => skills.includes(questionSkill(q)));
    return wanted.map((q) => withApiIds(q, null));
  }

  @FieldResolver(() => QuizConnection, { nullable: true, description: "Quizzes generated from this event: the key's own (an admin key: all). Needs a key." })
  async quizzes(@Root() event: NewsEvent, @Args() page: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const viewer = await signedIn(ctx, info);
    const visible = (await ctx.loaders.quizzesOfEvent.load(Number(event.id))).filter((q) => canReadQuiz(viewer, q));
    return nestedConnection(visible.map((q) => q.id), page, ctx.loaders.quiz);
  }
}

@Resolver(() => ViewerType)
export class ViewerResolver {
  @FieldResolver(() => QuizConnection, { description: "The key's own quizzes (for an admin key too: the ones it made)." })
  async quizzes(
    @Root() viewer: ViewerType,
    @Args() page: ConnectionArgs,
    @Arg('orderBy', () => QuizOrder, { nullable: true }) orderBy: QuizOrder | null,
    @Ctx() ctx: Context,
  ) {
    return loadedConnection(await listQuizzes(ctx.dataSource, { ownerId: viewer.keyId }, pageRequest(page), orderBy), ctx.loaders.quiz);
  }
}
