// Quizzes to take in tests: generate one on the seed event, publish it, and build answers from the
// educator's view (right ones, wrong ones) the way a student's browser would send them.
import { createApiKey } from '../../src/access/apiKeys';
import type { TestServer } from './server';

/** An educator key made straight in the store: quizzes, publishing and results need one. */
export async function educatorHeaders(server: TestServer, name = 'teacher'): Promise<Record<string, string>> {
  const { secret } = await createApiKey(server.dataSource, { role: 'EDUCATOR', name });
  return { authorization: `Bearer ${secret}` };
}

export interface EducatorQuestion {
  id: string;
  kind: string;
  prompt: string;
  options?: { id: string; text: string; correct: boolean }[];
  correctAnswer?: boolean;
  numericAnswer?: { value: number; tolerance: number; unit: string };
  acceptedAnswers?: string[];
  correctPairs?: { leftId: string; rightId: string }[];
  left?: { id: string; text: string }[];
  right?: { id: string; text: string }[];
  correctOrder?: string[];
  items?: { id: string; text: string }[];
}

export interface Answer {
  questionId: string;
  optionId?: string;
  booleanValue?: boolean;
  numberValue?: number;
  text?: string;
  pairs?: { leftId: string; rightId: string }[];
  order?: string[];
}

const QUESTIONS = /* GraphQL */ `
  id kind prompt
  ... on ChoiceQuestion { options { id text correct } }
  ... on TrueFalseQuestion { correctAnswer }
  ... on NumericQuestion { numericAnswer { value tolerance unit } }
  ... on FillInTheBlankQuestion { acceptedAnswers }
  ... on MatchingQuestion { left { id text } right { id text } correctPairs { leftId rightId } }
  ... on OrderingQuestion { items { id text } correctOrder }
`;

export async function makeQuiz(
  server: TestServer,
  headers: Record<string, string>,
  count = 12,
  seed = 'attempts',
  kinds: readonly string[] | null = null,
): Promise<{ id: string; questions: EducatorQuestion[] }> {
  const events = await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }');
  const eventId = events.data!.events.nodes[0]!.id;
  const res = await server.gql<{ generateQuiz: { quiz: { id: string; questions: EducatorQuestion[] } } }>(
    `mutation($eventId: ID!, $count: Int!, $seed: String!, $kinds: [QuestionKind!]) { generateQuiz(input: { eventId: $eventId, count: $count, seed: $seed, kinds: $kinds }) { quiz { id questions { ${QUESTIONS} } } } }`,
    { eventId, count, seed, kinds },
    headers,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.generateQuiz.quiz;
}

/** Publishes with the API's default reveal (answers right after submitting) unless told otherwise. */
export async function publish(server: TestServer, headers: Record<string, string>, quizId: string, reveal?: 'AFTER_SUBMISSION' | 'AFTER_CLOSE'): Promise<string> {
  const res = reveal
    ? await server.gql<{ publishQuiz: { code: string } }>('mutation($id: ID!, $r: AnswerReveal!) { publishQuiz(quizId: $id, reveal: $r) { code } }', { id: quizId, r: reveal }, headers)
    : await server.gql<{ publishQuiz: { code: string } }>('mutation($id: ID!) { publishQuiz(quizId: $id) { code } }', { id: quizId }, headers);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.publishQuiz.code;
}

export function rightAnswer(q: EducatorQuestion): Answer {
  const questionId = q.id;
  if (q.options) return { questionId, optionId: q.options.find((o) => o.correct)!.id };
  if (q.correctAnswer !== undefined) return { questionId, booleanValue: q.correctAnswer };
  if (q.numericAnswer) return { questionId, numberValue: q.numericAnswer.value };
  if (q.acceptedAnswers) return { questionId, text: q.acceptedAnswers[0]! };
  if (q.correctPairs) return { questionId, pairs: q.correctPairs };
  if (q.correctOrder) return { questionId, order: q.correctOrder };
  throw new Error(`no answer for ${q.kind}`);
}

/** Full credit never; partial credit where the kind allows it (one ordering item moved, one pair swapped). */
export function wrongAnswer(q: EducatorQuestion, which = 0): Answer {
  const questionId = q.id;
  if (q.options) {
    const wrong = q.options.filter((o) => !o.correct);
    return { questionId, optionId: wrong[which % wrong.length]!.id };
  }
  if (q.correctAnswer !== undefined) return { questionId, booleanValue: !q.correctAnswer };
  if (q.numericAnswer) return { questionId, numberValue: q.numericAnswer.value + q.numericAnswer.tolerance + 1000 };
  if (q.acceptedAnswers) return { questionId, text: 'certainly not this' };
  if (q.correctPairs) {
    const [a, b, ...rest] = q.correctPairs;
    return { questionId, pairs: [{ leftId: a!.leftId, rightId: b!.rightId }, { leftId: b!.leftId, rightId: a!.rightId }, ...rest] };
  }
  if (q.correctOrder) return { questionId, order: [...q.correctOrder.slice(1), q.correctOrder[0]!] };
  throw new Error(`no answer for ${q.kind}`);
}

/**
 * An answer built from the educator's view, as the student's page sends it: named by the share's
 * question id (quizByCode) and the share's option and item ids (`<share question id>.<key>`).
 */
export function asStudentAnswer(answer: Answer, studentQuestionId: string): Answer {
  const part = (id: string) => `${studentQuestionId}.${id.slice(id.lastIndexOf('.') + 1)}`;
  return {
    ...answer,
    questionId: studentQuestionId,
    ...(answer.optionId !== undefined ? { optionId: part(answer.optionId) } : {}),
    ...(answer.pairs ? { pairs: answer.pairs.map((p) => ({ leftId: part(p.leftId), rightId: part(p.rightId) })) } : {}),
    ...(answer.order ? { order: answer.order.map(part) } : {}),
  };
}

/** The share's question ids, in quiz order, as a student's page gets them. */
export async function studentQuestionIds(server: TestServer, code: string): Promise<string[]> {
  const res = await server.gql<{ quizByCode: { questions: { id: string }[] } }>('query($code: String!) { quizByCode(code: $code) { questions { id } } }', { code });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.quizByCode.questions.map((q) => q.id);
}
