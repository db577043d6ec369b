// Mutation conventions: one `input`, a payload with `clientMutationId` passed through and
// `userErrors { field message code }` for what a client expects to go wrong; top-level errors
// for the rest, and for clients that do not ask for userErrors (they could not see them).
import { educatorHeaders } from '../support/attempts';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let teacher: Record<string, string>;
let other: Record<string, string>;
let admin: Record<string, string>;
let eventId: string;
let quizId: string;
let choice: { id: string; options: { id: string; correct: boolean }[] };
let secondChoice: { id: string; options: { id: string }[] };
beforeAll(async () => {
  server = await startTestServer();
  teacher = await educatorHeaders(server, 'payload tests');
  other = await educatorHeaders(server, 'someone else');
  admin = (await server.createKey('ADMIN', 'admin')).auth;
  eventId = (await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }')).data!.events.nodes[0]!.id;
  const made = await server.gql<{ generateQuiz: { quiz: { id: string; questions: { id: string; options?: { id: string; correct: boolean }[] }[] } } }>(
    'mutation($input: GenerateQuizInput!) { generateQuiz(input: $input) { quiz { id questions { id ... on ChoiceQuestion { options { id correct } } } } } }',
    { input: { eventId, count: 6, seed: 'payloads', kinds: ['MULTIPLE_CHOICE', 'WHO_SAID_IT'] } },
    teacher,
  );
  quizId = made.data!.generateQuiz.quiz.id;
  const choices = made.data!.generateQuiz.quiz.questions.filter((q) => q.options) as (typeof choice)[];
  [choice, secondChoice] = [choices[0]!, choices[1]!];
});
afterAll(() => server?.stop());

type Payload = { clientMutationId: string | null; userErrors: { field: string[] | null; message: string; code: string }[] } & Record<string, unknown>;
const USER_ERRORS = 'clientMutationId userErrors { field message code }';

async function mutate(name: string, inputType: string, input: Record<string, unknown>, fields: string, headers: Record<string, string> = teacher) {
  const res = await server.gql<Record<string, Payload>>(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`, { input }, headers);
  return { errors: res.errors, payload: res.data?.[name] ?? null };
}

test('every mutation takes one input and passes clientMutationId back, with no userErrors on success', async () => {
  const ingest = await mutate('ingestArticle', 'IngestArticleInput', { body: 'Officials in Oslo said on Monday that the bridge would reopen.', clientMutationId: 'i-1' }, `${USER_ERRORS} created`);
  const generate = await mutate('generateQuiz', 'GenerateQuizInput', { eventId, count: 2, seed: 'x', clientMutationId: 'g-1' }, `${USER_ERRORS} quiz { id }`);
  const publish = await mutate('publishQuiz', 'PublishQuizInput', { quizId, clientMutationId: 'p-1' }, `${USER_ERRORS} share { id code reveal }`);
  const submit = await mutate(
    'submitAttempt',
    'SubmitAttemptInput',
    { code: (publish.payload!.share as { code: string }).code, participant: 'Ada', answers: [{ questionId: choice.id, optionId: choice.options[0]!.id }], clientMutationId: 's-1' },
    `${USER_ERRORS} attempt { attemptId score { maxPoints } }`,
  );
  const unpublish = await mutate('unpublishQuiz', 'UnpublishQuizInput', { quizId, clientMutationId: 'u-1' }, `${USER_ERRORS} stopped quiz { id }`);
  const create = await mutate('createApiKey', 'CreateApiKeyInput', { name: 'Mr Okafor', role: 'EDUCATOR', clientMutationId: 'c-1' }, `${USER_ERRORS} key { id } secret`, admin);
  const revoke = await mutate('revokeApiKey', 'RevokeApiKeyInput', { id: (create.payload!.key as { id: number }).id, clientMutationId: 'r-1' }, `${USER_ERRORS} apiKey { revokedAt }`, admin);
  const all = { ingest, generate, publish, submit, unpublish, create, revoke };
  for (const [name, { errors, payload }] of Object.entries(all)) {
    expect([name, errors]).toEqual([name, undefined]);
    expect([name, payload!.userErrors]).toEqual([name, []]);
  }
  expect(Object.values(all).map((r) => r.payload!.clientMutationId)).toEqual(['i-1', 'g-1', 'p-1', 's-1', 'u-1', 'c-1', 'r-1']);
  expect(unpublish.payload!.stopped).toBe(true);
  expect((revoke.payload!.apiKey as { revokedAt: string | null }).revokedAt).not.toBeNull();
});

test('expected failures come back as userErrors with the field at fault, data beside them and no top-level error', async () => {
  const tooFew = await mutate('generateQuiz', 'GenerateQuizInput', { eventId, count: 0, clientMutationId: 'g-2' }, `${USER_ERRORS} quiz { id }`);
  expect(tooFew.errors).toBeUndefined();
  expect(tooFew.payload).toEqual({ clientMutationId: 'g-2', quiz: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'count'], message: expect.stringMatching(/count must be at least 1/) }] });

  const wrongId = await mutate('generateQuiz', 'GenerateQuizInput', { eventId: quizId }, `${USER_ERRORS} quiz { id }`);
  expect(wrongId.payload!.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'eventId'], message: expect.stringMatching(/must be the id of a Event/) }]);

  const notMine = await mutate('publishQuiz', 'PublishQuizInput', { quizId }, `${USER_ERRORS} share { code }`, other);
  expect(notMine.errors).toBeUndefined();
  expect(notMine.payload).toMatchObject({ share: null, userErrors: [{ code: 'FORBIDDEN', field: null }] });

  const noSuchCode = await mutate('submitAttempt', 'SubmitAttemptInput', { code: 'ZZZZZZZZ', participant: 'Bo', answers: [] }, USER_ERRORS);
  expect(noSuchCode.payload!.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
});

test('submitting twice under one name is ALREADY_SUBMITTED, and another question\'s option is BAD_USER_INPUT at its field', async () => {
  const { payload } = await mutate('publishQuiz', 'PublishQuizInput', { quizId }, 'share { code }');
  const code = (payload!.share as { code: string }).code;
  const answers = [{ questionId: choice.id, optionId: choice.options.find((o) => o.correct)!.id }];
  const first = await mutate('submitAttempt', 'SubmitAttemptInput', { code, participant: 'Cy', answers }, `${USER_ERRORS} attempt { score { points } }`);
  expect(first.payload!.userErrors).toEqual([]);
  const again = await mutate('submitAttempt', 'SubmitAttemptInput', { code, participant: ' cy ', answers }, `${USER_ERRORS} attempt { score { points } }`);
  expect(again.errors).toBeUndefined();
  expect(again.payload).toMatchObject({ attempt: null, userErrors: [{ code: 'ALREADY_SUBMITTED', field: ['input', 'participant'], message: expect.stringMatching(/already submitted/) }] });

  const crossed = await mutate('submitAttempt', 'SubmitAttemptInput', { code, participant: 'Di', answers: [{ questionId: choice.id, optionId: secondChoice.options[0]!.id }] }, USER_ERRORS);
  expect(crossed.payload!.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'answers', '0', 'optionId'], message: expect.stringMatching(/is not an option or item of question/) }]);
});

test('a client that does not ask for userErrors gets the top-level error it always got', async () => {
  const res = await mutate('generateQuiz', 'GenerateQuizInput', { eventId, count: 0 }, 'quiz { id }');
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(res.payload).toBeNull();
});

test('no key is still a top-level UNAUTHENTICATED, even asking for userErrors: it is the request that lacks a key', async () => {
  const res = await mutate('publishQuiz', 'PublishQuizInput', { quizId }, USER_ERRORS, {});
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
});

test('the deprecated separate arguments and result fields still work for clients written before payloads', async () => {
  const published = await server.gql<{ publishQuiz: { code: string; reveal: string } }>('mutation($q: ID!) { publishQuiz(quizId: $q) { code reveal } }', { q: quizId }, teacher);
  expect(published.errors).toBeUndefined();
  expect(published.data!.publishQuiz.code).toMatch(/^[2-9A-Z]{8}$/);
  const taken = await server.gql<{ submitAttempt: { reviewToken: string; score: { maxPoints: number } } }>(
    'mutation($c: String!, $a: [AnswerInput!]!) { submitAttempt(code: $c, participant: "Old Client", answers: $a) { reviewToken score { maxPoints } } }',
    { c: published.data!.publishQuiz.code, a: [{ questionId: choice.id, optionId: 'a' }] },
  );
  expect(taken.errors).toBeUndefined();
  expect(taken.data!.submitAttempt.reviewToken).toMatch(/^nqr_/);
  const both = await server.gql('mutation($q: ID!) { publishQuiz(quizId: $q, input: { quizId: $q }) { userErrors { field code } } }', { q: quizId }, teacher);
  expect(both.data).toEqual({ publishQuiz: { userErrors: [{ field: ['input'], code: 'BAD_USER_INPUT' }] } });
});

test('viewer says who the key is and lists its own quizzes; Quiz.share reads the live code and reveal without publishing again', async () => {
  const anonymous = await server.gql('{ viewer { role } }');
  expect([anonymous.data, anonymous.errors?.map((e) => e.extensions?.code)]).toEqual([{ viewer: null }, ['UNAUTHENTICATED']]);
  const me = await server.gql<{ viewer: { name: string; role: string; quizzes: { totalCount: number; nodes: { id: string }[] } } }>(
    '{ viewer { name role quizzes(first: 100) { totalCount nodes { id } } } }',
    {},
    teacher,
  );
  expect(me.data!.viewer).toMatchObject({ name: 'payload tests', role: 'EDUCATOR' });
  expect(me.data!.viewer.quizzes.nodes.map((q) => q.id)).toContain(quizId);
  const theirs = await server.gql<{ viewer: { quizzes: { nodes: { id: string }[] } } }>('{ viewer { quizzes(first: 100) { nodes { id } } } }', {}, other);
  expect(theirs.data!.viewer.quizzes.nodes.map((q) => q.id)).not.toContain(quizId);

  const made = await mutate('generateQuiz', 'GenerateQuizInput', { eventId, count: 2, seed: 'share' }, 'quiz { id }');
  const id = (made.payload!.quiz as { id: string }).id;
  const share = () => server.gql<{ quiz: { share: { id: string; code: string; reveal: string } | null } }>('query($id: ID!) { quiz(id: $id) { share { id code reveal } } }', { id }, teacher);
  expect((await share()).data!.quiz.share).toBeNull();
  const published = await mutate('publishQuiz', 'PublishQuizInput', { quizId: id, reveal: 'AFTER_CLOSE' }, 'share { id code reveal }');
  expect((await share()).data!.quiz.share).toEqual(published.payload!.share);
  await mutate('unpublishQuiz', 'UnpublishQuizInput', { quizId: id }, 'stopped');
  expect((await share()).data!.quiz.share).toBeNull();
});
