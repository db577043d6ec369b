import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { connectionType } from '../common/connection';
import { Sentence } from '../common/evidence';
import { Node } from '../common/node';

@ObjectType('Article', { implements: Node, description: 'A news article: its text, split into sentences that facts point into.' })
export class ArticleType extends Node {
  @Field(() => String, { nullable: true, description: 'Headline; null when unknown.' }) title!: string | null;
  @Field(() => String, { nullable: true, description: 'Publisher; null when unknown.' }) outlet!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) publishedAt!: string | null;
  @Field({ description: 'The full text; evidence offsets index into it.' }) body!: string;
  @Field(() => [Sentence]) sentences!: Sentence[];
}

export const ArticleConnection = connectionType('Article', ArticleType);
