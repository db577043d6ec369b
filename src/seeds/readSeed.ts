// Loads the curated seed: seed.json holds the facts, article.txt the body byte for byte (kept
// apart so the text stays diffable and every offset is checked against the real file on load).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, EventFacts } from '../domain/facts';
import { validateFacts } from '../domain/validateFacts';

/** seed.json: EventFacts whose single article has no body. */
export type SeedFile = Omit<EventFacts, 'articles'> & { readonly articles: readonly Omit<Article, 'body'>[] };

/**
 * The project's seeds folder. __dirname is src/seeds under jest and dist/src/seeds when compiled,
 * so walk up to package.json rather than counting levels.
 */
export function defaultSeedsDir(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'seeds');
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}: cannot find the seeds folder`);
  }
}

export function readSeedFacts(dir: string = defaultSeedsDir()): EventFacts {
  const body = readFileSync(path.join(dir, 'article.txt'), 'utf8');
  const seed = parseSeedFile(readFileSync(path.join(dir, 'seed.json'), 'utf8'));
  const facts = attachBody(seed, body);
  const problems = validateFacts(facts);
  if (problems.length > 0) {
    throw new Error(`seed in ${dir} is invalid (${problems.length} problems):\n- ${problems.join('\n- ')}`);
  }
  return facts;
}

export function attachBody(seed: SeedFile, body: string): EventFacts {
  const [first, ...rest] = seed.articles;
  if (first === undefined || rest.length > 0) {
    throw new Error(`seed.json must hold exactly one article, found ${seed.articles.length}`);
  }
  return { ...seed, articles: [{ ...first, body }] };
}

const COLLECTIONS = ['articles', 'entities', 'mentions', 'claims', 'quantities', 'relations', 'timeline'] as const;

/**
 * Only the outer shape is checked here, enough that validateFacts can walk it without crashing;
 * validateFacts then checks the content and gives the precise messages.
 */
function parseSeedFile(json: string): SeedFile {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('seed.json is not a JSON object');
  const record = parsed as Record<string, unknown>;
  if (typeof record['event'] !== 'object' || record['event'] === null) throw new Error('seed.json has no event object');
  for (const key of COLLECTIONS) {
    if (!Array.isArray(record[key])) throw new Error(`seed.json: ${key} is not an array`);
  }
  return parsed as SeedFile;
}
