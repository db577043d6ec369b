// Issue 12: what full-text search costs. The search documents are kept by triggers in the same
// transaction as the rows they come from, so every ingest pays for them: the store writes of the
// 65 corpus articles are timed with and without the triggers (interleaved, fresh SQLite files),
// beside the extraction they follow. Then the time of a few searches over that store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { corpusFiles, readCorpusText } from '../eval/gold';
import { openDataSource } from '../src/db/dataSource';
import { saveArticleFacts } from '../src/events/saveArticleFacts';
import { checkArticleText, extractFacts } from '../src/ingest';
import { rankedMatches, SEARCH_KINDS, snippetsOf } from '../src/search/searchStore';
import { searchTerms } from '../src/search/searchTerms';

const ROUNDS = 3;
const ms = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

async function dropSearchTriggers(ds: DataSource): Promise<void> {
  for (const table of ['article', 'claim', 'entity', 'alias']) for (const op of ['insert', 'update', 'delete']) await ds.query(`DROP TRIGGER search_${table}_${op}`);
}

export async function searchIndexCostReport(): Promise<string> {
  const texts = corpusFiles('news').map(readCorpusText);
  const extracting = process.hrtime.bigint();
  const facts = texts.map((t) => {
    const check = checkArticleText(t.body);
    if (!check.ok) throw new Error(`${t.file}: ${check.reason}`);
    return extractFacts({ title: t.title, body: check.normalised, publishedAt: t.date, url: null, outlet: null });
  });
  const extractMs = ms(extracting);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-search-bench-'));
  const totals = { with: 0, without: 0 };
  const lines: string[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of ['with', 'without'] as const) {
        const ds = await openDataSource({ kind: 'sqlite', path: path.join(dir, `${variant}-${round}.sqlite`) });
        if (variant === 'without') await dropSearchTriggers(ds);
        const saving = process.hrtime.bigint();
        for (const f of facts) await saveArticleFacts(ds, f);
        totals[variant] += ms(saving);
        if (variant === 'with' && round === ROUNDS - 1) {
          const [{ n }] = (await ds.query('SELECT count(*) AS n FROM search_document')) as [{ n: number }];
          lines.push(`search documents for ${facts.length} articles: ${n}`);
          for (const query of ['said', 'president said', 'North Korea troops', 'police']) {
            const terms = searchTerms(query);
            const searching = process.hrtime.bigint();
            const ranked = await rankedMatches(ds, terms, SEARCH_KINDS);
            await snippetsOf(ds, terms, ranked.slice(0, 20));
            lines.push(`  search "${query}": ${ranked.length} matches ranked and a page of 20 snippets in ${ms(searching).toFixed(1)} ms`);
          }
        }
        await ds.destroy();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const withMs = totals.with / ROUNDS;
  const withoutMs = totals.without / ROUNDS;
  return [
    `extracting the ${facts.length} corpus articles' facts: ${extractMs.toFixed(0)} ms (once)`,
    `storing them, mean of ${ROUNDS} interleaved runs: ${withoutMs.toFixed(0)} ms without the search triggers, ${withMs.toFixed(0)} ms with (+${((withMs - withoutMs) / facts.length).toFixed(1)} ms an article; ingest as a whole +${(((withMs - withoutMs) / (extractMs + withoutMs)) * 100).toFixed(0)}%)`,
    ...lines,
  ].join('\n');
}
