import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Article, Evidence as EvidenceFact } from '../../domain/facts';
import { NotFoundError } from '../../errors';
import { listArticles } from '../../events/lists';
import { pageRequest } from '../../paging/pagination';
import { ConnectionArgs } from '../common/connection';
import { loadedConnection } from '../common/loadedConnection';
import { Evidence, Sentence } from '../common/evidence';
import { idOf, toGlobalId } from '../common/globalId';
import { loadAll, type Context } from '../context';
import { EventType } from '../events/types';
import { ArticleConnection, ArticleType } from './types';

@Resolver(() => ArticleType)
export class ArticleResolver {
  @Query(() => ArticleType, { nullable: true, description: 'An article by id; NOT_FOUND when there is none.' })
  async article(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Article> {
    const article = await ctx.loaders.article.load(idOf('Article', id));
    if (!article) throw new NotFoundError(`no article with id ${id}`);
    return article;
  }

  @Query(() => ArticleConnection, { description: 'Stored articles, oldest first.' })
  async articles(@Args() page: ConnectionArgs, @Ctx() ctx: Context) {
    return loadedConnection(await listArticles(ctx.dataSource, pageRequest(page)), ctx.loaders.article);
  }

  @FieldResolver(() => ID)
  id(@Root() article: Article): string {
    return toGlobalId('Article', article.id);
  }

  @FieldResolver(() => [EventType], { description: 'The events this article reports.' })
  async events(@Root() article: Article, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.event, await ctx.loaders.eventsOfArticle.load(Number(article.id)));
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => ArticleType)
  async article(@Root() evidence: EvidenceFact, @Ctx() ctx: Context): Promise<Article> {
    const article = await ctx.loaders.article.load(Number(evidence.articleId));
    if (!article) throw new Error(`evidence points at missing article ${evidence.articleId}`);
    return article;
  }

  @FieldResolver(() => Sentence)
  async sentence(@Root() evidence: EvidenceFact, @Ctx() ctx: Context): Promise<Sentence> {
    const article = await this.article(evidence, ctx);
    const sentence = article.sentences[evidence.sentenceIndex];
    if (!sentence) throw new Error(`evidence points at missing sentence ${evidence.sentenceIndex}`);
    return sentence;
  }
}
