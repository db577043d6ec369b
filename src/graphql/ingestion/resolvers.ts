import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, ID, Info, InputType, Mutation, ObjectType, Resolver, UseMiddleware } from 'type-graphql';
import { mutationPayload, MutationPayload } from '../common/mutations';
import { LocalDateResolver } from 'graphql-scalars';
import { MaxLength } from 'class-validator';
import type { Article, NewsEvent } from '../../domain/facts';
import { MAX_ARTICLE_CHARS } from '../../ingest';
import { ingestArticle } from '../../ingestion/ingestArticle';
import { ArticleType } from '../articles/types';
import { writer } from '../access';
import { idOf } from '../common/globalId';
import type { Context } from '../context';
import { EventType } from '../events/types';

@InputType({ description: 'A news article to read into event data.' })
export class IngestArticleInput {
  @Field(() => String, { nullable: true }) @MaxLength(500) title?: string | null;
  @Field({ description: `Plain text, paragraphs separated by newlines; at most ${MAX_ARTICLE_CHARS.toLocaleString('en-US')} characters, in English.` })
  body!: string;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true }) outlet?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Relative dates in the text ("Thursday", "last month") resolve against it.' })
  publishedAt?: string | null;
  @Field(() => ID, { nullable: true, description: 'Add the article to this event; a new event is made when omitted.' })
  eventId?: string | null;
  @Field(() => String, { nullable: true, description: 'Comes back unchanged in the payload.' }) clientMutationId?: string | null;
}

@ObjectType({ description: 'The stored article and its event, or userErrors saying why nothing was stored.' })
export class IngestArticlePayload extends MutationPayload {
  @Field(() => ArticleType, { nullable: true }) article!: Article | null;
  @Field(() => EventType, { nullable: true, description: 'The event it was added to; pass its id to generateQuiz.' }) event!: NewsEvent | null;
  @Field(() => Boolean, { nullable: true, description: 'False when the same text (ignoring whitespace) was already stored: nothing was written.' }) created!: boolean | null;
}

@Resolver()
export class IngestionResolver {
  @Mutation(() => IngestArticlePayload, { nullable: true, description: 'Reads an article into sourced event data, in one transaction, ready for generateQuiz. Needs a key.' })
  @UseMiddleware(mutationPayload)
  async ingestArticle(
    @Arg('input', () => IngestArticleInput) input: IngestArticleInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Omit<IngestArticlePayload, keyof MutationPayload>> {
    await writer(ctx, info);
    const saved = await ingestArticle(ctx.dataSource, {
      title: input.title ?? null,
      body: input.body,
      url: input.url ?? null,
      outlet: input.outlet ?? null,
      publishedAt: input.publishedAt ?? null,
      eventId: input.eventId ? idOf('Event', input.eventId, 'input.eventId') : null,
    }, (text) => ctx.offload.read(text));
    if (saved.created) ctx.onWrite();
    const [article, event] = await Promise.all([ctx.loaders.article.load(saved.articleId), ctx.loaders.event.load(saved.eventId)]);
    if (!article || !event) throw new Error('the stored article or its event could not be read back');
    return { article, event, created: saved.created };
  }
}
