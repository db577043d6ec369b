// The article a published quiz is about, as a student reads it beside the questions: sentences
// numbered as the explanations cite them ("sentence 12"), grouped by paragraph.
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Passage } from '../../export/text/passage';
import { quizPassages } from '../../quizzes/quizPassages';
import type { Context } from '../context';
import { PublishedQuizType } from './studentTypes';

@ObjectType('PassageSentence', { description: 'One sentence of a passage, with the number citations give it.' })
export class PassageSentenceType {
  @Field(() => Int, { description: '1, 2, … as a reader counts and as explanations cite ("sentence 3").' }) number!: number;
  @Field(() => Int, { description: 'Which paragraph of the article it is in, from 1.' }) paragraph!: number;
  @Field() text!: string;
}

@ObjectType('QuizPassage', { description: 'An article a quiz asks about: its text, numbered by sentence, with where it comes from.' })
export class QuizPassageType {
  @Field({ description: 'The title, or "The article" when it has none.' }) heading!: string;
  @Field({ description: '"Source: Outlet, 5 Nov 2024, https://…": what is known of where it was published.' }) attribution!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => [PassageSentenceType], { description: 'Every sentence, in order.' }) sentences!: PassageSentenceType[];
}

export function passageView(passage: Passage): QuizPassageType {
  return {
    heading: passage.heading,
    attribution: passage.attribution,
    url: passage.url,
    sentences: passage.paragraphs.flatMap((sentences, i) => sentences.map((s) => ({ number: s.number, paragraph: i + 1, text: s.text }))),
  };
}

/** What quizByCode hands its field resolvers beyond the GraphQL fields. */
export interface PublishedQuizRoot {
  /** The articles the questions cite, in first-citation order. */
  readonly articleIds: readonly string[];
}

@Resolver(() => PublishedQuizType)
export class PublishedQuizPassageResolver {
  @FieldResolver(() => [QuizPassageType], { description: 'The articles the questions ask about (at most 5), to read before and while answering.' })
  async passages(@Root() quiz: PublishedQuizRoot, @Ctx() ctx: Context): Promise<QuizPassageType[]> {
    return (await quizPassages(ctx.dataSource, quiz.articleIds)).map(passageView);
  }
}
