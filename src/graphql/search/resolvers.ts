import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { pageFromKeys, pageRequest } from '../../paging/pagination';
import { searchTerms } from '../../search/searchTerms';
import { matchOf, rankedMatches, SEARCH_KINDS, snippetsOf, type SearchKind } from '../../search/searchStore';
import { ConnectionArgs } from '../common/connection';
import type { NodeType } from '../common/globalId';
import type { Context } from '../context';
import { SearchConnection, SearchType } from './types';

const NODE_TYPE: Record<SearchKind, NodeType> = { ARTICLE: 'Article', CLAIM: 'Claim', ENTITY: 'NewsEntity' };

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      'Full-text search over articles, claims and entities, best match first. Every word is required; word forms match ("fires" finds "fire"); stop words ("the", "of") are ignored. A page of matches walks like any other connection.',
  })
  async search(
    @Arg('query', { description: 'Words to look for (at most 10 words, 200 characters).' }) query: string,
    @Arg('types', () => [SearchType], { nullable: true, description: 'What to look through; all of them when left out.' }) types: SearchKind[] | null,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    const terms = searchTerms(query);
    const request = pageRequest(page);
    const kinds = types && types.length > 0 ? [...new Set(types)] : SEARCH_KINDS;
    const ranked = await rankedMatches(ctx.dataSource, terms, kinds);
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
  const loaded = kind === 'ARTICLE' ? await ctx.loaders.article.load(targetId) : kind === 'CLAIM' ? await ctx.loaders.claim.load(targetId) : await ctx.loaders.entity.load(targetId);
  // The index is kept by triggers in the same transaction as its rows: a match names a row.
  if (!loaded) throw new Error(`search document ${documentId} names no stored ${kind.toLowerCase()}`);
  return { ...loaded, __typename: NODE_TYPE[kind] };
}
