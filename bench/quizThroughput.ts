// Issue 3's figure through the API: generateQuiz (20 questions on the seed event, stored each
// time) as requests per second against the same server's { __typename } floor.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApiKey } from '../src/access/apiKeys';
import { openDataSource } from '../src/db/dataSource';
import { seedStore } from '../src/seeds/seedStore';
import { toGlobalId } from '../src/graphql/common/globalId';
import { startServerProcess } from './apiThroughput';
import { load, table } from './load';

export async function quizThroughputReport(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-quizbench-'));
  const database = path.join(dir, 'bench.sqlite');
  const ds = await openDataSource({ kind: 'sqlite', path: database });
  const { eventId } = await seedStore(ds);
  const { secret } = await createApiKey(ds, { role: 'EDUCATOR', name: 'bench' });
  await ds.destroy();
  const server = await startServerProcess({ DATABASE_PATH: database });
  try {
    const auth = { authorization: `Bearer ${secret}` };
    const generate = JSON.stringify({
      query: 'mutation($id: ID!) { generateQuiz(input: { eventId: $id, count: 20, seed: "bench" }) { quiz { id questions { id kind prompt } } } }',
      variables: { id: toGlobalId('Event', eventId) },
    });
    const floor = await load('Apollo { __typename } (floor)', server.graphqlUrl, JSON.stringify({ query: '{ __typename }' }), undefined, auth);
    const quizzes = await load('generateQuiz, 20 questions, stored', server.graphqlUrl, generate, undefined, auth);
    return [`generateQuiz through GraphQL (each request checks the event's cached facts against the store, generates 20 questions and stores the quiz):`, table([floor, quizzes], floor)].join('\n');
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
