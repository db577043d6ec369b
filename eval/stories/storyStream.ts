// The story stream (stream.json) read, run through assignment in order, and scored pairwise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../src/ingest';
import { assignStory, JOIN_THRESHOLD, MemoryStoryIndex, scoreStory, storyProfileOf, type SignalSwitches, type StoryProfile } from '../../src/stories';

const EVAL = join(__dirname, '..');

export interface StreamArticle {
  readonly file: string;
  readonly story: string;
  readonly split: 'dev' | 'test';
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly body: string;
}

/** A corpus file: `key: value` header lines, a blank line, then the body. */
export function readCorpusFile(path: string): { title: string | null; publishedAt: string | null; body: string } {
  const text = readFileSync(path, 'utf8');
  const cut = text.indexOf('\n\n');
  const header = new Map(text.slice(0, cut).split('\n').map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)] as const));
  const date = header.get('date') ?? 'unknown';
  return { title: header.get('title') ?? null, publishedAt: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null, body: text.slice(cut + 2) };
}

export function loadStream(split?: 'dev' | 'test'): StreamArticle[] {
  const stream = JSON.parse(readFileSync(join(EVAL, 'stories', 'stream.json'), 'utf8')) as { articles: { file: string; story: string; split: 'dev' | 'test' }[] };
  return stream.articles.filter((a) => !split || a.split === split).map((a) => ({ ...a, ...readCorpusFile(join(EVAL, a.file)) }));
}

export function profilesOf(articles: readonly StreamArticle[]): StoryProfile[] {
  return articles.map((a) => storyProfileOf(extractFacts({ title: a.title, body: a.body, url: null, outlet: null, publishedAt: a.publishedAt })));
}

/** Assign each article in order; returns the event (cluster) number given to each. */
export function runStream(profiles: readonly StoryProfile[], threshold = JOIN_THRESHOLD, on: SignalSwitches = {}): number[] {
  const index = new MemoryStoryIndex();
  const out: number[] = [];
  let next = 1;
  for (const p of profiles) {
    const scores = index.candidates(p).map((e) => scoreStory(p, e, index, on));
    const a = assignStory(scores, threshold);
    const eventId = a.eventId ?? next++;
    index.add(eventId, p);
    out.push(eventId);
  }
  return out;
}

export interface PairwiseScore {
  readonly precision: number;
  readonly recall: number;
  readonly predictedPairs: number;
  readonly goldPairs: number;
  readonly correctPairs: number;
}

/** Over all pairs of articles: a pair is positive when both are in one cluster. */
export function pairwise(gold: readonly string[], predicted: readonly number[]): PairwiseScore {
  let goldPairs = 0;
  let predictedPairs = 0;
  let correctPairs = 0;
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      const g = gold[i] === gold[j];
      const p = predicted[i] === predicted[j];
      if (g) goldPairs++;
      if (p) predictedPairs++;
      if (g && p) correctPairs++;
    }
  }
  return { precision: predictedPairs === 0 ? 1 : correctPairs / predictedPairs, recall: goldPairs === 0 ? 1 : correctPairs / goldPairs, predictedPairs, goldPairs, correctPairs };
}
