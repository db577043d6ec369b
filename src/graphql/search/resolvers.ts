import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { pageFromKeys, pageRequest } from '../../paging/pagination';
import { searchTerms } from '../../search/searchTerms';
import { matchOf, PUBLIC_SEARCH_KINDS, rankedMatches, SEARCH_KINDS, snippetsOf, type QuizScope, type SearchKind } from '../../search/searchStore';
import { signedIn } from '../access';
import { ConnectionArgs } from '../common/connection';
import type { NodeType } from '../common/globalId';
import type { Context } from '../context';
import { SearchConnection, SearchType } from './types';

const NODE_TYPE: Record<SearchKind, NodeType> = { ARTICLE: 'Article', CLAIM: 'Claim', ENTITY: 'NewsEntity', QUIZ: 'Quiz' };

/**
 * Whose quizzes this search may find. Asking for QUIZ needs a key (UNAUTHENTICATED without); left
 * to the default, a search with a key looks through its quizzes too and one without does not.
 * Either way an answer holding quizzes is the key's alone, never a shared cache's.
 */
async function quizScope(ctx: Context, info: GraphQLResolveInfo, asked: boolean): Promise<QuizScope> {
  if (!asked && (await ctx.viewer()).kind !== 'key') return 'none';
  const viewer = await signedIn(ctx, info);
  return viewer.role === 'ADMIN' ? 'all' : { ownerId: viewer.keyId };
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      'Full-text search over articles, claims, entities and (with a key) your quizzes, best match first. Every word is required; word forms match ("fires" finds "fire"); stop words ("the", "of") are ignored. A page of matches walks like any other connection.',
  })
  async search(
    @Arg('query', { description: 'Words to look for (at most 10 words, 200 characters).' }) query: string,
    @Arg('types', () => [SearchType], { nullable: true, description: 'What to look through; all of them when left out (quizzes only with a key).' }) types: SearchKind[] | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const terms = searchTerms(query);
    const request = pageRequest(page);
    const asked = types && types.length > 0 ? [...new Set(types)] : null;
    const quizzes = await quizScope(ctx, info, asked?.includes('QUIZ') ?? false);
    const kinds = asked ?? (quizzes === 'none' ? PUBLIC_SEARCH_KINDS : SEARCH_KINDS);
    const ranked = await rankedMatches(ctx.dataSource, terms, kinds, quizzes);
    const result = pageFromKeys(ranked, request);
    const rankOf = new Map(ranked.map((id, i) => [id, i + 1]));
    const [snippets, nodes] = await Promise.all([
      snippetsOf(ctx.dataSource, terms, result.nodes),
      Promise.all(result.nodes.map((documentId) => loadMatch(ctx, documentId))),
    ]);
    const edges = result.nodes.map((documentId, i) => ({
      cursor: result.cursors[i]!,
      node: nodes[i]!,
      type: matchOf(documentId).kind,
      rank: rankOf.get(documentId)!,
      snippet: snippets.get(documentId) ?? { text: '', highlights: [] },
    }));
    return { edges, nodes: edges.map((e) => e.node), pageInfo: result.pageInfo, totalCount: result.totalCount };
  }
}

async function loadMatch(ctx: Context, documentId: number): Promise<{ __typename: NodeType }> {
  const { kind, targetId } = matchOf(documentId);
  const loaders = ctx.loaders;
  const load: Record<SearchKind, () => Promise<object | null>> = {
    ARTICLE: () => loaders.article.load(targetId),
    CLAIM: () => loaders.claim.load(targetId),
    ENTITY: () => loaders.entity.load(targetId),
    QUIZ: () => loaders.quiz.load(targetId),
  };
  const loaded = await load[kind]();
  // The index is kept by triggers in the same transaction as its rows: a match names a row.
  if (!loaded) throw new Error(`search document ${documentId} names no stored ${kind.toLowerCase()}`);
  return { ...loaded, __typename: NODE_TYPE[kind] };
}
