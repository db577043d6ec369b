// The real server SIGKILLed while it ingests articles and grades attempts, four times over, then
// restarted: the store opens, passes SQLite's integrity check, and every article and every
// attempt is wholly there (all its facts, all its answers) or absent.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createApiKey } from '../../../src/access/apiKeys';
import { openDataSource } from '../../../src/db/dataSource';
import { extractFacts } from '../../../src/ingest';
import { startServerProcess, type ServerProcess } from '../../support/serverProcess';

const sqliteOnly = process.env.DATABASE_URL ? test.skip : test;
const fixtures = path.join(__dirname, '../../fixtures/articles');
const bases = fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(fixtures, f), 'utf8'));

async function post<T = unknown>(server: ServerProcess, query: string, variables: object, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

type Quiz = { id: string; questions: { id: string; options?: { id: string }[]; correctAnswer?: boolean }[] };

sqliteOnly('killed four times mid-ingestion and mid-submission, the store restarts intact and all-or-nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-crash-server-'));
  const file = path.join(dir, 'crash.sqlite');
  const env = { DATABASE_PATH: file, RATE_LIMIT_PER_MINUTE: '0', QUERY_COST_PER_MINUTE: '0' };
  try {
    const ds = await openDataSource({ kind: 'sqlite', path: file });
    const { secret } = await createApiKey(ds, { role: 'EDUCATOR', name: 'crash test' });
    await ds.destroy();
    const auth = { authorization: `Bearer ${secret}` };

    let server = await startServerProcess(env);
    const { events } = await post<{ events: { nodes: { id: string }[] } }>(server, '{ events(first: 1) { nodes { id } } }', {});
    const made = await post<{ generateQuiz: { quiz: Quiz } }>(server, 'mutation($id: ID!) { generateQuiz(input: { eventId: $id, count: 8, seed: "crash" }) { quiz { id questions { id ... on ChoiceQuestion { options { id } } ... on TrueFalseQuestion { correctAnswer } } } } }', { id: events.nodes[0]!.id }, auth);
    const quiz = made.generateQuiz.quiz;
    const { publishQuiz } = await post<{ publishQuiz: { code: string } }>(server, 'mutation($id: ID!) { publishQuiz(quizId: $id) { code } }', { id: quiz.id }, auth);
    // Choice and true/false answers only: enough to make every attempt write several answer rows.
    const answers = quiz.questions.flatMap((q): { questionId: string; optionId?: string; booleanValue?: boolean }[] =>
      q.options ? [{ questionId: q.id, optionId: q.options[0]!.id }] : q.correctAnswer !== undefined ? [{ questionId: q.id, booleanValue: true }] : [],
    );

    let sent = 0;
    const runs = 4;
    for (let run = 0; run < runs; run++) {
      if (run > 0) server = await startServerProcess(env);
      const live = server;
      const target = 6 + run * 4;
      let answered = 0;
      let killed = false;
      await new Promise<void>((resolve) => {
        const next = (): void => {
          if (killed) return;
          const n = ++sent;
          const request =
            n % 2
              ? post(live, 'mutation($b: String!) { ingestArticle(input: { body: $b, publishedAt: "2025-03-14" }) { created } }', { b: `${bases[n % bases.length]}\nThis is crash report ${n}.` }, auth)
              : post(live, 'mutation($c: String!, $p: String!, $a: [AnswerInput!]!) { submitAttempt(code: $c, participant: $p, answers: $a) { attemptId } }', { c: publishQuiz.code, p: `student ${n}`, a: answers });
          request.then(
            () => {
              if (++answered >= target && !killed) {
                // Four more requests are in flight: the kill lands in the middle of their writes.
                killed = true;
                live.child.kill('SIGKILL');
                resolve();
              } else next();
            },
            () => next(),
          );
        };
        for (let k = 0; k < 4; k++) next();
      });
      await live.exited;
    }

    // It starts again on what the kills left.
    server = await startServerProcess(env);
    const ready = await fetch(server.graphqlUrl.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
    server.child.kill('SIGTERM');
    await server.exited;

    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;
      const articles = db.prepare("SELECT id, body, published_at AS publishedAt FROM article WHERE body LIKE '%crash report%'").all() as { id: number; body: string; publishedAt: string }[];
      for (const a of articles) {
        const expected = extractFacts({ title: null, body: a.body, url: null, outlet: null, publishedAt: a.publishedAt });
        expect({ article: a.id, claims: count('SELECT COUNT(*) AS n FROM claim WHERE article_id = ?', a.id), quantities: count('SELECT COUNT(*) AS n FROM quantity WHERE article_id = ?', a.id) })
          .toEqual({ article: a.id, claims: expected.claims.length, quantities: expected.quantities.length });
        expect(count('SELECT COUNT(*) AS n FROM event_article WHERE article_id = ?', a.id)).toBe(1);
      }
      const attempts = db.prepare('SELECT id FROM attempt').all() as { id: number }[];
      for (const t of attempts) {
        expect({ attempt: t.id, answers: count('SELECT COUNT(*) AS n FROM attempt_answer WHERE attempt_id = ?', t.id) }).toEqual({ attempt: t.id, answers: quiz.questions.length });
      }
      for (const [table, parent] of [['claim', 'article'], ['quantity', 'article'], ['mention', 'article'], ['event_article', 'article']] as const) {
        expect({ table, orphans: count(`SELECT COUNT(*) AS n FROM ${table} WHERE ${parent}_id NOT IN (SELECT id FROM ${parent})`) }).toEqual({ table, orphans: 0 });
      }
      expect(count('SELECT COUNT(*) AS n FROM attempt_answer WHERE attempt_id NOT IN (SELECT id FROM attempt)')).toBe(0);
      console.log(`crash safety (server): ${runs} SIGKILLs with writes in flight; ${sent} requests sent; ${articles.length} articles and ${attempts.length} attempts stored whole; integrity_check ok`);
      expect(articles.length).toBeGreaterThan(runs);
      expect(attempts.length).toBeGreaterThan(runs);
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
