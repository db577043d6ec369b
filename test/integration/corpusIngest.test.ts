// Every text of the evaluation corpus (eval/corpus: 65 news articles, 30 learner texts) becomes
// event data through the GraphQL mutation, with no error; so do texts made by joining and
// shuffling their paragraphs, which put names, quotations and numbers next to strangers.
import fc from 'fast-check';
import { corpusFiles, readCorpusText } from '../../eval/gold';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer | undefined;
let teacher: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  teacher = (await server.createKey('EDUCATOR', 'corpus tests')).auth;
});
afterAll(async () => server?.stop());

const INGEST = /* GraphQL */ `
  mutation($input: IngestArticleInput!) {
    ingestArticle(input: $input) { created event { id claims { totalCount } } }
  }
`;
type Ingested = { ingestArticle: { created: boolean; event: { id: string; claims: { totalCount: number } } } };

const texts = [...corpusFiles('news'), ...corpusFiles('learner')].map(readCorpusText);

async function ingest(body: string, publishedAt: string | null): Promise<string[]> {
  const res = await server!.gql<Ingested>(INGEST, { input: { body, publishedAt } }, teacher);
  return (res.errors ?? []).map((e) => `${e.extensions?.code}: ${e.message}`);
}

test('the corpus has the 95 texts its README lists', () => {
  expect(texts).toHaveLength(95);
});

test('every corpus text ingests with no error', async () => {
  const failures: string[] = [];
  for (const text of texts) {
    const errors = await ingest(text.body, text.date);
    if (errors.length > 0) failures.push(`${text.file}: ${errors.join('; ')}`);
  }
  expect(failures).toEqual([]);
}, 120_000);

test('200 joins and shuffles of corpus paragraphs ingest with no error', async () => {
  const paragraphs = texts.flatMap((t) => t.body.split('\n').filter((p) => p.trim() !== ''));
  const failures: string[] = [];
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.nat({ max: paragraphs.length - 1 }), { minLength: 1, maxLength: 12 }),
      fc.option(fc.constantFrom('2004-11-30', '2015-09-12', '2023-02-28'), { nil: null }),
      async (picks, publishedAt) => {
        const body = picks.map((k) => paragraphs[k]).join('\n');
        const errors = await ingest(body, publishedAt);
        if (errors.length > 0) failures.push(`${JSON.stringify(picks)}: ${errors.join('; ')}`);
        return errors.length === 0;
      },
    ),
    { numRuns: 200, seed: 20261201 },
  );
  expect(failures).toEqual([]);
}, 180_000);
