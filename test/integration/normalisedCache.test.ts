// A front end keeps what it reads in a normalised cache (Apollo Client's InMemoryCache, Relay's
// store): objects are merged by __typename and id. An id that two different objects share makes
// one overwrite the other, and the page shows the wrong option text. These tests write real HTTP
// responses into Apollo's cache with its default configuration and read them back.
import { InMemoryCache, gql } from '@apollo/client';
import { educatorHeaders } from '../support/attempts';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let teacher: Record<string, string>;
let eventId: string;
beforeAll(async () => {
  server = await startTestServer();
  teacher = await educatorHeaders(server, 'cache tests');
  const events = await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }');
  eventId = events.data!.events.nodes[0]!.id;
});
afterAll(() => server?.stop());

// Every object asks for __typename and id where it has one, as Apollo Client adds them itself.
const QUESTION = /* GraphQL */ `
  __typename id bankId kind prompt
  tests { __typename type factId }
  ... on ChoiceQuestion { options { __typename id key text correct } correctOptionId }
  ... on MatchingQuestion { left { __typename id key text } right { __typename id key text } correctPairs { __typename leftId rightId } }
  ... on OrderingQuestion { items { __typename id key text } correctOrder }
`;
const QUIZ = gql`
  query Quiz($id: ID!) { quiz(id: $id) { __typename id title questions { ${QUESTION} } } }
`;
// The bank can hold hundreds of questions: its choice options only, to stay under the cost limit.
const BANK = gql`
  query Bank($id: ID!) {
    event(id: $id) { __typename id questionBank { __typename id bankId kind prompt ... on ChoiceQuestion { options { __typename id key text correct } correctOptionId } } }
  }
`;
const PUBLISHED = gql`
  query Published($code: String!) {
    quizByCode(code: $code) {
      __typename id code title
      questions {
        __typename id number kind prompt
        ... on StudentChoiceQuestion { options { __typename id key text } }
        ... on StudentMatchingQuestion { left { __typename id key text } right { __typename id key text } }
        ... on StudentOrderingQuestion { items { __typename id key text } }
      }
    }
  }
`;

type Obj = { [key: string]: unknown };

async function read(query: ReturnType<typeof gql>, variables: Record<string, unknown>): Promise<Obj> {
  const source = query.loc!.source.body;
  const res = await server.gql<Obj>(source, variables, teacher);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** Every object of a response with an id, by "Type:id", to compare what two responses say about one id. */
function objectsWithIds(value: unknown, into = new Map<string, string[]>()): Map<string, string[]> {
  if (Array.isArray(value)) value.forEach((v) => objectsWithIds(v, into));
  else if (value && typeof value === 'object') {
    const o = value as Obj;
    if (typeof o.id === 'string' && typeof o.__typename === 'string') {
      const scalars = Object.entries(o).filter(([, v]) => typeof v !== 'object' || v === null).sort(([a], [b]) => a.localeCompare(b));
      const key = `${o.__typename}:${o.id}`;
      into.set(key, [...(into.get(key) ?? []), JSON.stringify(scalars)]);
    }
    Object.values(o).forEach((v) => objectsWithIds(v, into));
  }
  return into;
}

/** The option, item and question texts of a response, in order, as a page prints them. */
function printed(data: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Obj;
      for (const field of ['prompt', 'text', 'id', 'key', 'correct', 'correctOptionId']) if (field in o) out.push(`${field}=${JSON.stringify(o[field])}`);
      Object.keys(o).sort().forEach((k) => walk(o[k]));
    }
  };
  walk(data);
  return out;
}

async function twoQuizzesSharingQuestions(): Promise<{ first: string; second: string; shared: number }> {
  const make = (input: Record<string, unknown>) =>
    server.gql<{ generateQuiz: { quiz: { id: string; questions: { bankId: string }[] } } }>(
      'mutation($input: GenerateQuizInput!) { generateQuiz(input: $input) { quiz { id questions { bankId } } } }',
      { input },
      teacher,
    );
  const first = (await make({ eventId, count: 12, seed: 'cache-one' })).data!.generateQuiz.quiz;
  // The same questions under another seed: the engine balances answer positions per quiz, so
  // the same question can list its options in another order.
  const second = (await make({ eventId, count: 12, seed: 'cache-two', questionIds: first.questions.map((q) => q.bankId) })).data!.generateQuiz.quiz;
  return { first: first.id, second: second.id, shared: second.questions.length };
}

test('two quizzes asking the same questions, and the bank they came from, read back from one Apollo cache exactly as the server sent them', async () => {
  const { first, second, shared } = await twoQuizzesSharingQuestions();
  expect(shared).toBeGreaterThanOrEqual(10);
  const cache = new InMemoryCache();
  const responses: [ReturnType<typeof gql>, Record<string, unknown>, Obj][] = [];
  for (const [query, variables] of [
    [QUIZ, { id: first }],
    [QUIZ, { id: second }],
    [BANK, { id: eventId }],
  ] as const) {
    const data = await read(query, variables);
    cache.writeQuery({ query, variables, data });
    responses.push([query, variables, data]);
  }
  // Read back after everything was written: a later write must not have changed an earlier read.
  let options = 0;
  for (const [query, variables, data] of responses) {
    const back = cache.readQuery({ query, variables });
    expect(printed(back)).toEqual(printed(data));
    options += printed(data).filter((line) => line.startsWith('text=')).length;
  }
  expect(options).toBeGreaterThan(60);

  // The two quizzes really differ somewhere in option order, or this test would prove nothing.
  const orders = (data: Obj) =>
    ((data.quiz as Obj).questions as Obj[]).map((q) => `${q.bankId}:${((q.options ?? q.items ?? []) as Obj[]).map((o) => o.text).join('|')}`).sort();
  expect(orders(responses[0]![2])).not.toEqual(orders(responses[1]![2]));
});

test('every id names one object for its type: two objects of a type with the same id say the same thing', async () => {
  const { first, second } = await twoQuizzesSharingQuestions();
  const codes: string[] = [];
  for (const quizId of [first, second]) {
    const res = await server.gql<{ publishQuiz: { code: string } }>('mutation($quizId: ID!) { publishQuiz(quizId: $quizId) { code } }', { quizId }, teacher);
    codes.push(res.data!.publishQuiz.code);
  }
  const all = new Map<string, string[]>();
  for (const data of [
    await read(QUIZ, { id: first }),
    await read(QUIZ, { id: second }),
    await read(BANK, { id: eventId }),
    ...(await Promise.all(codes.map((code) => read(PUBLISHED, { code })))),
  ]) {
    for (const [key, versions] of objectsWithIds(data)) all.set(key, [...(all.get(key) ?? []), ...versions]);
  }
  const conflicting = [...all].filter(([, versions]) => new Set(versions).size > 1).map(([key]) => key);
  expect(conflicting).toEqual([]);

  // The student's published quizzes go through the cache too.
  const cache = new InMemoryCache();
  const published = await Promise.all(codes.map((code) => read(PUBLISHED, { code })));
  codes.forEach((code, i) => cache.writeQuery({ query: PUBLISHED, variables: { code }, data: published[i]! }));
  codes.forEach((code, i) => expect(printed(cache.readQuery({ query: PUBLISHED, variables: { code } }))).toEqual(printed(published[i]!)));
});

test('an attempt answered with the new option and item ids, and one with the old letters, grade the same', async () => {
  const quiz = await read(QUIZ, { id: (await twoQuizzesSharingQuestions()).first });
  const questions = (quiz.quiz as Obj).questions as Obj[];
  const publish = await server.gql<{ publishQuiz: { code: string } }>('mutation($quizId: ID!) { publishQuiz(quizId: $quizId) { code } }', { quizId: (quiz.quiz as Obj).id }, teacher);
  const code = publish.data!.publishQuiz.code;
  const answers = (useKeys: boolean) =>
    questions.flatMap((q): Obj[] => {
      const pick = (o: Obj) => String(useKeys ? o.key : o.id);
      const keyOf = (id: unknown, list: Obj[]) => pick(list.find((o) => o.id === id)!);
      const questionId = String(useKeys ? q.bankId : q.id);
      if (q.options) return [{ questionId, optionId: keyOf(q.correctOptionId, q.options as Obj[]) }];
      if (q.correctOrder) return [{ questionId, order: (q.correctOrder as string[]).map((id) => keyOf(id, q.items as Obj[])) }];
      if (q.correctPairs)
        return [{ questionId, pairs: (q.correctPairs as Obj[]).map((p) => ({ leftId: keyOf(p.leftId, q.left as Obj[]), rightId: keyOf(p.rightId, q.right as Obj[]) })) }];
      return [];
    });
  const submit = (participant: string, useKeys: boolean) =>
    server.gql<{ submitAttempt: { score: { points: number; maxPoints: number } } }>(
      'mutation($code: String!, $participant: String!, $answers: [AnswerInput!]!) { submitAttempt(code: $code, participant: $participant, answers: $answers) { score { points maxPoints } } }',
      { code, participant, answers: answers(useKeys) },
    );
  const withIds = await submit('Ids', false);
  const withKeys = await submit('Keys', true);
  expect(withIds.errors).toBeUndefined();
  expect(withKeys.errors).toBeUndefined();
  const answered = answers(false).length;
  expect(answered).toBeGreaterThan(3);
  expect(withIds.data!.submitAttempt.score.points).toBe(answered);
  expect(withKeys.data!.submitAttempt.score.points).toBe(answered);
});
