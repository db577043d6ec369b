import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One sentence of an article, with its character offsets into the body.' })
export class Sentence {
  @Field(() => Int, { description: 'Position in the article, from 0.' }) index!: number;
  @Field(() => Int, { description: 'Offset of its first character in the body (UTF-16 code units).' }) start!: number;
  @Field(() => Int, { description: 'Offset just past its last character.' }) end!: number;
  @Field() text!: string;
}

@ObjectType({
  description:
    'Where a fact comes from: a span of one sentence of one article. `text` is exactly the body between `start` and `end` (UTF-16 offsets, end exclusive).',
})
export class Evidence {
  @Field(() => Int) sentenceIndex!: number;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field() text!: string;
}
