// Quiz.export and the download route serve the same files.
import { readFileSync } from 'fs';
import { parse as parseGift } from 'gift-pegjs';
import { join } from 'path';
import { startTestServer, type TestServer } from '../support/server';
import { EXPORT_FORMATS } from '../../src/export';
import { idOf } from '../../src/graphql/common/globalId';
import { exportStoredQuiz } from '../../src/quizzes/exportStoredQuiz';
import { quizzesById } from '../../src/quizzes/quizStore';

let server: TestServer;
let quizId: string;
let teacher: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  teacher = (await server.createKey('EDUCATOR', 'export tests')).auth;
  const events = await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }');
  const res = await server.gql<{ generateQuiz: { quiz: { id: string } } }>(
    'mutation($id: ID!) { generateQuiz(input: { eventId: $id, count: 12, seed: "export" }) { quiz { id } } }',
    { id: events.data!.events.nodes[0]!.id },
    teacher,
  );
  quizId = res.data!.generateQuiz.quiz.id;
});
afterAll(() => server?.stop());

type Exported = { quiz: { export: { filename: string; mediaType: string; encoding: string; content: string; downloadPath: string; warnings: { message: string }[] } } };

test.each(EXPORT_FORMATS)('%s: the GraphQL export and the download link give the same file', async (format) => {
  const res = await server.gql<Exported>(
    'query($id: ID!, $format: ExportFormat!) { quiz(id: $id) { export(format: $format) { filename mediaType encoding content downloadPath warnings { message } } } }',
    { id: quizId, format },
    teacher,
  );
  expect(res.errors).toBeUndefined();
  const file = res.data!.quiz.export;
  expect(file.content.length).toBeGreaterThan(100);
  // The link is signed: a plain browser click, with no Authorization header, downloads it.
  const download = await fetch(server.url + file.downloadPath);
  expect(download.status).toBe(200);
  expect(download.headers.get('content-type')).toContain(file.mediaType.split(';')[0]);
  expect(download.headers.get('content-disposition')).toContain(file.filename);
  const bytes = Buffer.from(await download.arrayBuffer());
  expect(bytes.equals(Buffer.from(file.content, file.encoding === 'BASE64' ? 'base64' : 'utf8'))).toBe(true);
});

test('a GIFT export carries the article as a description, then the quiz’s questions in order, each titled by its prompt’s opening words, with its prompt', async () => {
  type Listed = { quiz: { export: { content: string }; questions: { bankId: string; kind: string; prompt: string }[] } };
  const res = await server.gql<Listed>('query($id: ID!) { quiz(id: $id) { export(format: GIFT) { content } questions { bankId kind prompt } } }', { id: quizId }, teacher);
  expect(res.errors).toBeUndefined();
  const { questions } = res.data!.quiz;
  expect(questions.length).toBe(12);
  // Read back by an independent GIFT parser, not by our writer's own escaping.
  const all = parseGift(res.data!.quiz.export.content).filter((q) => q.type !== 'Category') as { type: string; title: string | null; stem: { text: string } }[];
  // The stored article travels first, its sentences numbered as the explanations cite them.
  expect(all[0]?.type).toBe('Description');
  expect(all[0]?.stem.text).toMatch(/^The article\n\nSource: [^\n]+\n\n.*\n\n\[1\] /);
  const parsed = all.slice(1);
  expect(parsed).toHaveLength(questions.length);
  parsed.forEach((gift, i) => {
    const { prompt, bankId } = questions[i]!;
    expect(gift.title).not.toBe(bankId);
    expect(prompt.replace(/_____/g, '…').startsWith((gift.title ?? '').replace(/…$/, ''))).toBe(true);
  });
  parsed.forEach((gift, i) => {
    const question = questions[i]!;
    // A fill-in-the-blank's blank becomes the answer block; the parser shows it as a padded blank.
    const blank = (text: string): string => (question.kind === 'FILL_IN_THE_BLANK' ? text.replace(/\s*_____\s*/, ' _____ ') : text);
    // GIFT asks an ordering question as one question (its own stem, not the prompt plus a second ask).
    const asked = question.kind === 'ORDERING' && question.prompt === 'Put these events in the order they happened, earliest first.' ? 'In which order did these events happen, earliest first?' : question.prompt;
    expect(blank(gift.stem.text)).toBe(blank(asked));
  });
});

test('the download route explains an unknown format or quiz', async () => {
  const badFormat = await fetch(`${server.url}/quizzes/${quizId}/export/pdf`, { headers: teacher });
  expect(badFormat.status).toBe(400);
  expect(await badFormat.text()).toMatch(/Unknown format "pdf". Use one of: gift, moodle-xml/);
  const missing = await fetch(`${server.url}/quizzes/${Buffer.from('Quiz:424242').toString('base64url')}/export/gift`, { headers: teacher });
  expect(missing.status).toBe(404);
  const malformed = await fetch(`${server.url}/quizzes/xyz!/export/gift`, { headers: teacher });
  expect(malformed.status).toBe(400);
});

test('a download link works only as signed, and a bare path still needs the key', async () => {
  const res = await server.gql<Exported>('query($id: ID!) { quiz(id: $id) { export(format: GIFT) { downloadPath } } }', { id: quizId }, teacher);
  const path = res.data!.quiz.export.downloadPath;
  expect((await fetch(server.url + path)).status).toBe(200);
  const tampered = path.replace(/signature=.../, 'signature=AAA');
  expect((await fetch(server.url + tampered)).status).toBe(403);
  const otherQuiz = path.replace(/\/quizzes\/[^/]+\//, `/quizzes/${Buffer.from('Quiz:424242').toString('base64url')}/`);
  expect((await fetch(server.url + otherQuiz)).status).toBe(403);
  const bare = path.split('?')[0]!;
  expect((await fetch(server.url + bare)).status).toBe(401);
  expect((await fetch(server.url + bare, { headers: teacher })).status).toBe(200);
});

test('revoking a key kills the download links made with it', async () => {
  const visitor = await server.createKey('EDUCATOR', 'short-lived');
  const events = await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }');
  const made = await server.gql<{ generateQuiz: { quiz: { id: string; export: { downloadPath: string } } } }>(
    'mutation($id: ID!) { generateQuiz(input: { eventId: $id, count: 3, seed: "revoked" }) { quiz { id export(format: AIKEN) { downloadPath } } } }',
    { id: events.data!.events.nodes[0]!.id },
    visitor.auth,
  );
  const link = server.url + made.data!.generateQuiz.quiz.export.downloadPath;
  expect((await fetch(link)).status).toBe(200);
  await server.revokeKey(visitor.id);
  const after = await fetch(link);
  expect(after.status).toBe(401);
  expect(await after.text()).toMatch(/revoked/);
});

describe('citations name articles as a reader would', () => {
  const markdownOf = async (id: string): Promise<string> => {
    const res = await server.gql<Exported>('query($id: ID!) { quiz(id: $id) { export(format: MARKDOWN) { content } } }', { id }, teacher);
    expect(res.errors).toBeUndefined();
    return res.data!.quiz.export.content;
  };

  test('the seed quiz, quoting one untitled article, cites "the article", never its id', async () => {
    const markdown = await markdownOf(quizId);
    expect(markdown).toMatch(/> — the article, sentence \d+/);
    expect(markdown).not.toMatch(/article \d+, sentence/i);
  });

  test('a quiz on an ingested article with a title cites it by title, outlet and date, loaded in one query', async () => {
    const ingested = await server.gql<{ ingestArticle: { event: { id: string } } }>(
      'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { event { id } } }',
      { input: { title: 'Comet seen from the southern sky', outlet: 'Science Desk', publishedAt: '2025-03-14', body: readFileSync(join(__dirname, '../fixtures/articles/science-comet.txt'), 'utf8') } },
      teacher,
    );
    expect(ingested.errors).toBeUndefined();
    const made = await server.gql<{ generateQuiz: { quiz: { id: string } } }>(
      'mutation($id: ID!) { generateQuiz(input: { eventId: $id, count: 5, seed: "cited" }) { quiz { id } } }',
      { id: ingested.data!.ingestArticle.event.id },
      teacher,
    );
    const [quiz] = await quizzesById(server.dataSource, [idOf('Quiz', made.data!.generateQuiz.quiz.id)]);
    server.queries.reset();
    const file = await exportStoredQuiz(server.dataSource, quiz!, 'WORKSHEET_HTML');
    expect(server.queries.count).toBe(1);
    const cited = /<cite>“Comet seen from the southern sky” \(Science Desk, 14 Mar 2025\), sentence \d+<\/cite>/;
    expect(file.content.toString('utf8')).toMatch(cited);
    // Through the API as well, which is what a teacher downloads.
    const viaApi = await server.gql<{ quiz: { export: { content: string } } }>(
      'query($id: ID!) { quiz(id: $id) { export(format: WORKSHEET_HTML) { content } } }',
      { id: made.data!.generateQuiz.quiz.id },
      teacher,
    );
    expect(viaApi.data!.quiz.export.content).toMatch(cited);
  });
});
