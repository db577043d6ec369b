import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { attemptById } from '../../attempts/attemptStore';
import { BadInputError, NotFoundError } from '../../errors';
import { attemptView } from '../attempts/views';
import { quizAtVersion } from '../../quizzes/quizVersions';
import { fromGlobalId, type NodeType } from '../common/globalId';
import { Node } from '../common/node';
import { assertCanReadQuiz, signedIn } from '../access';
import type { Context } from '../context';

type Loaded = { __typename: NodeType } & object;

export async function loadNode(globalId: string, ctx: Context, info: GraphQLResolveInfo): Promise<Loaded> {
  const { type, id } = fromGlobalId(globalId);
  const loaders = ctx.loaders;
  const load: Record<NodeType, () => Promise<object | null>> = {
    Article: () => loaders.article.load(id),
    Event: () => loaders.event.load(id),
    NewsEntity: () => loaders.entity.load(id),
    Claim: () => loaders.claim.load(id),
    Quantity: () => loaders.quantity.load(id),
    Relation: () => loaders.relation.load(id),
    TimelineEntry: () => loaders.timelineEntry.load(id),
    // News is public; a quiz is its owner's, checked as Query.quiz checks it (signed in first).
    Quiz: async () => {
      const viewer = await signedIn(ctx, info);
      const quiz = await loaders.quiz.load(id);
      if (quiz) assertCanReadQuiz(viewer, quiz);
      return quiz;
    },
    // An attempt is its quiz's, so it is read by whoever may read Quiz.attempts, no one else.
    Attempt: async () => {
      const viewer = await signedIn(ctx, info);
      const attempt = await attemptById(ctx.dataSource, id);
      const quiz = attempt ? await loaders.quiz.load(attempt.quizId) : null;
      if (!attempt || !quiz) return null;
      assertCanReadQuiz(viewer, quiz);
      return attemptView(attempt, (await quizAtVersion(ctx.dataSource, quiz, attempt.quizVersion)) ?? quiz, { answersRevealed: true });
    },
  };
  const node = await load[type]();
  if (!node) throw new NotFoundError(`no ${type} with id ${globalId}`);
  return { ...node, __typename: type };
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Refetches any object by its id; NOT_FOUND when it names nothing.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadNode(id, ctx, info);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Many objects by id, in the order asked (at most 100); null, with its error, for each id that names nothing or may not be read.',
  })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (ids.length > 100) throw new BadInputError(`ask for at most 100 ids at once; got ${ids.length}`);
    // A list of promises, not one promise of a list: each item fails alone, as null at its index.
    return ids.map((id) => loadNode(id, ctx, info));
  }
}
