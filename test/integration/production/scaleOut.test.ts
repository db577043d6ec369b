// Two server processes' worth of state over one store: what one instance writes, the other
// reads. On PostgreSQL (npm run test:postgres) this is the scale-out deployment; on SQLite both
// instances share one file, as a second process on the same host would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase, type ScratchDatabase } from '../../support/postgres';
import { startTestServer, type TestServer } from '../../support/server';
import { asStudentAnswer, makeQuiz, publish, rightAnswer, wrongAnswer } from '../../support/attempts';

let scratch: ScratchDatabase | null = null;
let dir: string;
let first: TestServer;
let second: TestServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-scale-'));
  const maintenance = process.env.DATABASE_URL;
  scratch = maintenance ? await createScratchDatabase(maintenance) : null;
  const shared: Record<string, string> = scratch ? { DATABASE_URL: scratch.url } : { DATABASE_PATH: path.join(dir, 'shared.sqlite') };
  // One after the other: the first migrates and seeds, the second finds the store ready.
  first = await startTestServer(shared);
  second = await startTestServer(shared);
});

afterAll(async () => {
  await first?.stop();
  await second?.stop();
  await scratch?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Generated {
  generateQuiz: { quiz: { id: string; title: string; questions: { id: string; prompt: string }[] } };
}
interface Read {
  quiz: { id: string; title: string; questions: { id: string; prompt: string }[] };
}

test('a quiz generated through one instance is read, question for question, through the other', async () => {
  const events = await first.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }');
  const eventId = events.data!.events.nodes[0]!.id;
  // One key, stored once, works on either instance.
  const teacher = (await first.createKey('EDUCATOR', 'scale-out')).auth;
  const made = await first.gql<Generated>(
    `mutation($input: GenerateQuizInput!) { generateQuiz(input: $input) { quiz { id title questions { id prompt } } } }`,
    { input: { eventId, count: 5, seed: 'scale-out', title: 'Shared' } },
    teacher,
  );
  expect(made.errors).toBeUndefined();
  const quiz = made.data!.generateQuiz.quiz;
  expect(quiz.questions.length).toBeGreaterThan(0);

  const read = await second.gql<Read>('query($id: ID!) { quiz(id: $id) { id title questions { id prompt } } }', { id: quiz.id }, teacher);
  expect(read.errors).toBeUndefined();
  expect(read.data!.quiz).toEqual(quiz);

  const listed = await second.gql<{ quizzes: { totalCount: number } }>('{ quizzes { totalCount } }', {}, teacher);
  expect(listed.data!.quizzes.totalCount).toBe(1);
});

test('a quiz published through one instance is taken through the other, and both report the same statistics', async () => {
  const teacher = (await first.createKey('EDUCATOR', 'scale-out class')).auth;
  const quiz = await makeQuiz(first, teacher, 6, 'scale-out-class');
  const code = await publish(first, teacher, quiz.id);

  // The share's question ids (issue 17 §2) come from a key stored with the share, so both
  // instances give a student the same ones, with no secret to share between them.
  const BY_CODE = 'query($code: String!) { quizByCode(code: $code) { questions { id } } }';
  const seen = await second.gql<{ quizByCode: { questions: { id: string }[] } }>(BY_CODE, { code });
  const seenFirst = await first.gql<{ quizByCode: { questions: { id: string }[] } }>(BY_CODE, { code });
  expect(seen.data!.quizByCode.questions).toHaveLength(quiz.questions.length);
  expect(seen.data!.quizByCode.questions).toEqual(seenFirst.data!.quizByCode.questions);

  // Alternate instances per student, as a load balancer would.
  const students = Array.from({ length: 8 }, (_, i) => ({
    name: `student ${i + 1}`,
    answers: quiz.questions.map((q, k) => asStudentAnswer(k < i % (quiz.questions.length + 1) ? rightAnswer(q) : wrongAnswer(q), seen.data!.quizByCode.questions[k]!.id)),
  }));
  const results = await Promise.all(
    students.map((s, i) =>
      (i % 2 ? second : first).gql<{ submitAttempt: { score: { points: number } } }>(
        'mutation($code: String!, $p: String!, $a: [AnswerInput!]!) { submitAttempt(code: $code, participant: $p, answers: $a) { score { points } } }',
        { code, p: s.name, a: s.answers },
      ),
    ),
  );
  expect(results.every((r) => r.errors === undefined)).toBe(true);

  const STATS = 'query($id: ID!) { quiz(id: $id) { statistics { attemptCount meanPercent medianPercent questions { facility discrimination } } } }';
  const fromFirst = await first.gql<{ quiz: { statistics: { attemptCount: number } } }>(STATS, { id: quiz.id }, teacher);
  const fromSecond = await second.gql<{ quiz: { statistics: { attemptCount: number } } }>(STATS, { id: quiz.id }, teacher);
  expect(fromFirst.errors).toBeUndefined();
  expect(fromFirst.data!.quiz.statistics.attemptCount).toBe(students.length);
  expect(fromSecond.data).toEqual(fromFirst.data);
});
