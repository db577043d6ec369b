// How long a plain list (not a connection) can be, and how much text a field can hold, as the cost
// limit counts them. A plain list used to cost one point however long it was and text nothing, so
// `nodes` with 100 copies of an event, or `mentions { article { body } }` over a large store, cost
// a few points and answered 100+ MB. Each bound here is stated in the schema or enforced where the
// list is made; lists not named take DEFAULT_LIST_BOUND. The response byte cap (responseSize.ts)
// stands behind these numbers for any list that turns out longer than its bound.
import { MAX_ARTICLE_CHARS } from '../../ingest/checkArticleText';

/** A plain list not named below is counted as this many items (a connection's default page). */
export const DEFAULT_LIST_BOUND = 20;

/** NewsEntity.mentions answers at most this many places (the first, in article order). */
export const MAX_ENTITY_MENTIONS = 50;

/** Quiz questions, answers, statistics: a quiz holds at most this many questions. */
const QUESTIONS = 100;

/**
 * Items per plain list, by `Type.field` first, then by field name (the same name means the same
 * thing on every type: `evidence` is a statement and the sentences it needs, `options` a choice).
 */
const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'NewsEntity.mentions': MAX_ENTITY_MENTIONS,
  'Article.sentences': 500,
  // MAX_QUIZ_PASSAGES (src/quizzes/quizPassages.ts), each with its article's sentences.
  'PublishedQuiz.passages': 5,
  'QuizPassage.sentences': 500,
  'Article.events': 5,
  'Event.quantities': 100,
  'Event.timeline': 100,
  'Event.relations': 100,
  'Event.questionBank': 500,
  'Query.apiKeys': 100,
  evidence: 5,
  subjects: 10,
  actors: 10,
  quantities: 20,
  responses: 20,
  options: 10,
  tests: 10,
  left: 10,
  right: 10,
  items: 10,
  correctPairs: 10,
  questions: QUESTIONS,
  answers: QUESTIONS,
  scoreDistribution: 10,
};

export function listBound(typeName: string, fieldName: string): number {
  return LIST_BOUNDS[`${typeName}.${fieldName}`] ?? LIST_BOUNDS[fieldName] ?? DEFAULT_LIST_BOUND;
}

/** Characters of text one cost point pays for: an object's own fields are about this size. */
export const CHARS_PER_POINT = 500;

/** Text fields that can be long, by their longest length in characters. */
const TEXT_BOUNDS: Readonly<Record<string, number>> = {
  'Article.body': MAX_ARTICLE_CHARS,
};

/** What reading the field costs beyond its object: 0 for short scalars. */
export function textCost(typeName: string, fieldName: string): number {
  const chars = TEXT_BOUNDS[`${typeName}.${fieldName}`];
  return chars === undefined ? 0 : Math.ceil(chars / CHARS_PER_POINT);
}
