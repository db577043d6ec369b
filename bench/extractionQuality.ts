// How well and how fast the extraction pipeline reads an article.
//
// Quality: the pipeline runs on the seed article (published 2024-10-18) and is compared with the
// curated seed. The seed is a check, not a target: rules are written for news English in general,
// never to fit these sentences. Matching, each extracted fact counted at most once:
// - entities: an extracted entity matches a curated one when any of their names or aliases are equal
//   (case, apostrophe style and a leading "the" ignored);
// - claims: same sentence (evidence spans overlap), same speaker (null for both, or matched
//   entities as above) and same standing;
// - quantities: same value, same upper bound and same unit;
// - dates: the distinct resolved date ranges on the timeline (curated entries the text cannot
//   resolve, such as "long", are left out of both sides).
// Precision = matched / extracted, recall = matched / curated.
//
// Speed: median wall time of extractFacts over 60 runs (after 5 warm-up runs) on a ~1,000-word
// article made by joining the fixture articles. Goal: under 20 ms.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readCorpusText, readGold, readSplits } from '../eval/gold';
import type { ArticleScore, Counts, Ratio } from '../eval/score';
import { f1, MATCHING_RULES, pool, precision, recall, scoreArticle } from '../eval/score';
import type { EventFacts, NewsEntity } from '../src/domain/facts';
import { extractFacts } from '../src/ingest';
import { defaultSeedsDir, readSeedFacts } from '../src/seeds/readSeed';

interface Score {
  readonly matched: number;
  readonly extracted: number;
  readonly curated: number;
}

const normalise = (name: string): string => name.toLowerCase().replace(/’/g, "'").replace(/^the\s+/, '').trim();
const namesOf = (e: NewsEntity): Set<string> => new Set([e.name, ...e.aliases].map(normalise));

function entityMap(extracted: EventFacts, curated: EventFacts): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of extracted.entities) {
    const names = namesOf(e);
    const match = curated.entities.find((c) => [...namesOf(c)].some((n) => names.has(n)));
    if (match) map.set(e.id, match.id);
  }
  return map;
}

/** Greedy one-to-one matching. */
function matchCount<A, B>(extracted: readonly A[], curated: readonly B[], same: (a: A, b: B) => boolean): Score {
  const used = new Set<number>();
  let matched = 0;
  for (const a of extracted) {
    const k = curated.findIndex((b, i) => !used.has(i) && same(a, b));
    if (k >= 0) {
      used.add(k);
      matched += 1;
    }
  }
  return { matched, extracted: extracted.length, curated: curated.length };
}

function line(label: string, s: Score): string {
  const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(0)}%`);
  return `${label.padEnd(11)} precision ${pct(s.matched, s.extracted).padStart(4)} (${s.matched}/${s.extracted})   recall ${pct(s.matched, s.curated).padStart(4)} (${s.matched}/${s.curated})`;
}

function qualityReport(): string {
  const curated = readSeedFacts();
  const body = curated.articles[0]?.body ?? '';
  const extracted = extractFacts({ title: null, body, url: null, outlet: null, publishedAt: '2024-10-18' });
  const ids = entityMap(extracted, curated);
  const sameEntity = (a: string | null, b: string | null): boolean => (a === null ? b === null : ids.get(a) === b);

  const entities = matchCount(extracted.entities, curated.entities, (a, b) => [...namesOf(a)].some((n) => namesOf(b).has(n)));
  const claims = matchCount(extracted.claims, curated.claims, (a, b) => {
    const ea = a.evidence[0];
    const eb = b.evidence[0];
    const overlap = ea !== undefined && eb !== undefined && ea.start < eb.end && eb.start < ea.end;
    return overlap && a.standing === b.standing && sameEntity(a.speakerId, b.speakerId);
  });
  const quantities = matchCount(extracted.quantities, curated.quantities, (a, b) => a.value === b.value && a.valueMax === b.valueMax && a.unit === b.unit);
  const ranges = (facts: EventFacts): string[] => [
    ...new Set(facts.timeline.filter((t) => t.date.precision !== 'UNRESOLVED').map((t) => `${t.date.start}..${t.date.end}`)),
  ];
  const dates = matchCount(ranges(extracted), ranges(curated), (a, b) => a === b);
  return [
    'Extraction quality on the seed article (compared with seeds/seed.json):',
    line('entities', entities),
    line('claims', claims),
    line('quantities', quantities),
    line('dates', dates),
  ].join('\n');
}

function speedReport(): string {
  const dir = path.join(path.dirname(defaultSeedsDir()), 'test', 'fixtures', 'articles');
  const paragraphs: string[] = [];
  let words = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    for (const paragraph of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (words >= 1000 || paragraph.trim() === '') continue;
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
    }
  }
  const body = paragraphs.join('\n');
  const input = { title: null, body, url: null, outlet: null, publishedAt: '2024-10-18' };
  for (let i = 0; i < 5; i += 1) extractFacts(input);
  const times: number[] = [];
  for (let i = 0; i < 60; i += 1) {
    const start = performance.now();
    extractFacts(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = ((times[29] ?? 0) + (times[30] ?? 0)) / 2;
  return `Extraction time for a ${words}-word article: median ${median.toFixed(2)} ms over 60 runs (goal: under 20 ms; p90 ${(times[53] ?? 0).toFixed(2)} ms)`;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}`.padStart(5);
const prf = (c: Counts): string => `P ${pct(precision(c))}  R ${pct(recall(c))}  F1 ${pct(f1(c))}   (${c.right}/${c.extracted} right, ${c.found}/${c.gold} found)`;
const ratio = (r: Ratio): string => `${r.total === 0 ? '  n/a' : pct(r.hits / r.total)}%  (${r.hits}/${r.total})`;

/** Scores for the annotated files of one split, pooled over its articles. */
export function scoreSplit(files: readonly string[]): { articles: number; score: ArticleScore } {
  const scores: ArticleScore[] = [];
  for (const file of files) {
    const gold = readGold(file);
    if (!gold) continue;
    const text = readCorpusText(file);
    const facts = extractFacts({ title: text.title, body: text.body, url: null, outlet: null, publishedAt: text.date });
    scores.push(scoreArticle(facts, gold));
  }
  return { articles: scores.length, score: pool(scores) };
}

function corpusReport(): string {
  const splits = readSplits();
  const lines = ['Extraction quality on the annotated corpus (eval/gold; tune on dev, test is only measured):'];
  for (const [name, files] of [['dev', splits.dev], ['test', splits.test]] as const) {
    const { articles, score } = scoreSplit(files);
    lines.push(
      `  ${name} split, ${articles} articles:`,
      `    claims with the right speaker  ${prf(score.claims)}`,
      `    sentences with quoted words    recall ${ratio(score.quotedSentences)}`,
      `    standing of non-ASSERTED       right ${ratio(score.standing)}`,
      `    entities                       ${prf(score.entities)}`,
      `    entity kind right              ${ratio(score.entityKinds)}`,
      `    quantities (value and unit)    ${prf(score.quantities)}`,
      `    timeline dates                 ${prf(score.dates)}`,
      `    resolved dates right           ${ratio(score.resolvedDates)}`,
    );
  }
  lines.push('  Matching rules:', ...MATCHING_RULES.map((r) => `    - ${r}`));
  return lines.join('\n');
}

export async function extractionReport(): Promise<string> {
  return `${qualityReport()}\n${corpusReport()}\n${speedReport()}`;
}

if (require.main === module) {
  extractionReport().then(
    (report) => console.log(report),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
