// Our entity gold, and the pipeline's entities, checked against gold nobody here wrote: GUM's own
// entity annotation of the 22 GUM-derived news texts (eval/gum/*.json; what they hold and how they
// were made is in eval/gum/README.md).
//
// Matching, as eval/score.ts: two entities are the same when any of their names (our name and
// aliases; GUM's name forms) are equal after normaliseName (case-folded, apostrophes unified, a
// leading "the" and a trailing "'s" dropped). Types agree when our kind is one GUM's type maps to
// (GUM_KINDS). The functions are pure; the CLI at the bottom reads the files and prints the figures.
//
//   node -r ./test/support/swcRegister.cjs eval/gumCheck.ts [--details]

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityKind, EventFacts, NewsEntity } from '../src/domain/facts';
import type { GoldEntity } from './gold';
import { goldDir, readCorpusText, readGold, readSplits } from './gold';
import { f1, normaliseName, precision, recall, scoreArticle } from './score';
import type { Counts, Ratio } from './score';

export type GumType = 'person' | 'place' | 'organization';

/** Our kinds that each GUM type covers. GUM types named groups of people ("Muslims", "Afghans") person. */
export const GUM_KINDS: Readonly<Record<GumType, readonly EntityKind[]>> = {
  person: ['PERSON', 'GROUP'],
  place: ['PLACE', 'COUNTRY'],
  organization: ['ORGANIZATION', 'AGENCY', 'OUTLET', 'GOVERNMENT', 'GROUP'],
};
/** The kinds any GUM type covers (all of ours, today). */
export const GUM_SCOPE: ReadonlySet<EntityKind> = new Set(Object.values(GUM_KINDS).flat());

export interface GumEntity {
  readonly name: string;
  readonly gumType: GumType;
  /** Every name form GUM's name mentions take in our body, exactly as written there. */
  readonly forms: readonly string[];
  readonly wikipedia?: string;
  readonly gumEntities?: readonly number[];
}
export interface GumFile {
  /** "news/024-hundreds-dead-in-hajj-stampede.txt" */
  readonly file: string;
  readonly gumDocument: string;
  readonly source: string;
  readonly entities: readonly GumEntity[];
}

export const gumDir = path.join(path.dirname(goldDir), 'gum');

export function gumPath(file: string): string {
  return path.join(gumDir, path.basename(file).replace(/\.txt$/, '.json'));
}
export function readGum(file: string): GumFile | null {
  const p = gumPath(file);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as GumFile) : null;
}
/** The corpus files (news/…txt) that have a GUM entity file. */
export function gumFiles(): string[] {
  return readdirSync(gumDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `news/${f.replace(/\.json$/, '.txt')}`);
}

const namesOfGold = (g: GoldEntity): Set<string> => new Set([g.name, ...g.aliases].map(normaliseName));
const namesOfGum = (e: GumEntity): Set<string> => new Set([e.name, ...e.forms].map(normaliseName));
const namesOfExtracted = (e: NewsEntity): Set<string> => new Set([e.name, ...e.aliases].map(normaliseName));
const share = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((n) => b.has(n));

/** Does our kind fall under GUM's type? */
export const kindFits = (gumType: GumType, kind: EntityKind): boolean => GUM_KINDS[gumType].includes(kind);

export interface GoldGumAgreement {
  /** GUM entities that some gold entity shares a name with, of all GUM entities. */
  readonly gumInGold: Ratio;
  /** Gold entities that some GUM entity shares a name with, of all gold entities. */
  readonly goldInGum: Ratio;
  /** Of the GUM entities found in gold: those whose gold entity's kind GUM's type covers. */
  readonly types: Ratio;
  readonly gumOnly: readonly GumEntity[];
  readonly goldOnly: readonly GoldEntity[];
  readonly typeDisagreements: ReadonlyArray<{ readonly gum: GumEntity; readonly gold: GoldEntity }>;
}

/**
 * Our gold against GUM's named entities, for one text. Not one-to-one: where one side splits what
 * the other holds as one entity, each part counts as found. A GUM entity's gold entity, for the type
 * check, is the first gold entity sharing a name with it whose kind fits, else the first one.
 */
export function compareGoldWithGum(gold: readonly GoldEntity[], gum: readonly GumEntity[]): GoldGumAgreement {
  const goldNames = gold.map((g) => ({ g, names: namesOfGold(g) }));
  const gumNames = gum.map((e) => ({ e, names: namesOfGum(e) }));
  const gumOnly: GumEntity[] = [];
  const typeDisagreements: Array<{ gum: GumEntity; gold: GoldEntity }> = [];
  let typesRight = 0;
  for (const { e, names } of gumNames) {
    const matches = goldNames.filter((x) => share(names, x.names)).map((x) => x.g);
    if (matches.length === 0) {
      gumOnly.push(e);
      continue;
    }
    const fitting = matches.find((g) => kindFits(e.gumType, g.kind));
    if (fitting) typesRight += 1;
    else typeDisagreements.push({ gum: e, gold: matches[0] as GoldEntity });
  }
  const goldOnly = goldNames.filter((x) => !gumNames.some((y) => share(x.names, y.names))).map((x) => x.g);
  const found = gum.length - gumOnly.length;
  return {
    gumInGold: { hits: found, total: gum.length },
    goldInGum: { hits: gold.length - goldOnly.length, total: gold.length },
    types: { hits: typesRight, total: found },
    gumOnly,
    goldOnly,
    typeDisagreements,
  };
}

export interface PipelineGumScore {
  /** right / extracted = precision; found / gold = recall (one-to-one, as eval/score.ts). */
  readonly entities: Counts;
  /** Matched pairs whose extracted kind GUM's type covers. */
  readonly kinds: Ratio;
  readonly missed: readonly GumEntity[];
  readonly spurious: readonly NewsEntity[];
  readonly kindErrors: ReadonlyArray<{ readonly gum: GumEntity; readonly extracted: NewsEntity }>;
}

/**
 * The pipeline's entities against GUM's. Extracted entities count when their name has a capital
 * letter (as eval/score.ts: unnamed sources such as "officials" are left out) and their kind is one
 * GUM's three types cover. Matching is one-to-one, greedy in GUM's order, preferring an extracted
 * entity whose kind fits.
 */
export function scoreAgainstGum(facts: Pick<EventFacts, 'entities'>, gum: readonly GumEntity[]): PipelineGumScore {
  const named = facts.entities.filter((e) => /\p{Lu}/u.test(e.name) && GUM_SCOPE.has(e.kind));
  const extracted = named.map((e) => ({ e, names: namesOfExtracted(e) }));
  const used = new Set<NewsEntity>();
  const missed: GumEntity[] = [];
  const kindErrors: Array<{ gum: GumEntity; extracted: NewsEntity }> = [];
  let kindsRight = 0;
  for (const g of gum) {
    const names = namesOfGum(g);
    const candidates = extracted.filter((x) => !used.has(x.e) && share(names, x.names)).map((x) => x.e);
    const match = candidates.find((e) => kindFits(g.gumType, e.kind)) ?? candidates[0];
    if (!match) {
      missed.push(g);
      continue;
    }
    used.add(match);
    if (kindFits(g.gumType, match.kind)) kindsRight += 1;
    else kindErrors.push({ gum: g, extracted: match });
  }
  return {
    entities: { right: used.size, extracted: named.length, found: used.size, gold: gum.length },
    kinds: { hits: kindsRight, total: used.size },
    missed,
    spurious: named.filter((e) => !used.has(e)),
    kindErrors,
  };
}

// ---------------------------------------------------------------------------------------------
// CLI

function main(): void {
  // Loaded here, not at the top, so the matching functions (and their tests) need no pipeline.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { extractFacts } = require('../src/ingest') as typeof import('../src/ingest');
  const details = process.argv.includes('--details');

  const pct = (r: Ratio): string => `${r.hits}/${r.total} (${r.total === 0 ? '–' : ((100 * r.hits) / r.total).toFixed(1)}%)`;
  const addR = (a: Ratio, b: Ratio): Ratio => ({ hits: a.hits + b.hits, total: a.total + b.total });
  const addC = (a: Counts, b: Counts): Counts => ({ right: a.right + b.right, extracted: a.extracted + b.extracted, found: a.found + b.found, gold: a.gold + b.gold });
  const prf = (c: Counts): string =>
    `P ${(100 * precision(c)).toFixed(1)} (${c.right}/${c.extracted})  R ${(100 * recall(c)).toFixed(1)} (${c.found}/${c.gold})  F1 ${(100 * f1(c)).toFixed(1)}`;

  interface Row {
    readonly file: string;
    readonly agreement: GoldGumAgreement;
    readonly pipeline: PipelineGumScore;
    readonly pipelineVsGold: Counts;
  }
  const rows: Row[] = [];
  for (const file of gumFiles()) {
    const gum = readGum(file);
    const gold = readGold(file);
    if (!gum || !gold) throw new Error(`${file}: missing ${gum ? 'gold' : 'GUM'} file`);
    const text = readCorpusText(file);
    const facts = extractFacts({ title: text.title, body: text.body, url: null, outlet: null, publishedAt: text.date });
    rows.push({
      file,
      agreement: compareGoldWithGum(gold.entities, gum.entities),
      pipeline: scoreAgainstGum(facts, gum.entities),
      pipelineVsGold: scoreArticle(facts, gold).entities,
    });
  }

  const splits = readSplits();
  const groups: Array<[string, Row[]]> = [
    ['dev', rows.filter((r) => splits.dev.includes(r.file))],
    ['test', rows.filter((r) => splits.test.includes(r.file))],
    ['all', rows],
  ];
  const zeroR: Ratio = { hits: 0, total: 0 };
  const zeroC: Counts = { right: 0, extracted: 0, found: 0, gold: 0 };
  console.log('GUM-derived news files: our entity gold and the pipeline against GUM’s named entities (eval/gum/README.md)');
  for (const [name, rs] of groups) {
    const sum = <T>(f: (r: Row) => T, add: (a: T, b: T) => T, zero: T): T => rs.reduce((t, r) => add(t, f(r)), zero);
    console.log(`\n${name} (${rs.length} files)`);
    console.log(`  gold vs GUM:     GUM entities in our gold ${pct(sum((r) => r.agreement.gumInGold, addR, zeroR))}; our entities in GUM ${pct(sum((r) => r.agreement.goldInGum, addR, zeroR))}; types agree ${pct(sum((r) => r.agreement.types, addR, zeroR))}`);
    console.log(`  pipeline vs GUM: ${prf(sum((r) => r.pipeline.entities, addC, zeroC))}; kinds fit ${pct(sum((r) => r.pipeline.kinds, addR, zeroR))}`);
    console.log(`  pipeline vs our gold, same files: ${prf(sum((r) => r.pipelineVsGold, addC, zeroC))}`);
  }

  if (!details) {
    console.log('\n(--details lists, per file, what each side has that the other lacks)');
    return;
  }
  for (const r of rows) {
    const a = r.agreement;
    console.log(`\n${r.file}`);
    if (a.gumOnly.length > 0) console.log(`  GUM only:  ${a.gumOnly.map((e) => `${e.name} [${e.gumType}]`).join('; ')}`);
    if (a.goldOnly.length > 0) console.log(`  gold only: ${a.goldOnly.map((e) => `${e.name} [${e.kind}]`).join('; ')}`);
    if (a.typeDisagreements.length > 0) console.log(`  types:     ${a.typeDisagreements.map((d) => `${d.gum.name}: GUM ${d.gum.gumType}, gold ${d.gold.kind}`).join('; ')}`);
    const p = r.pipeline;
    if (p.missed.length > 0) console.log(`  pipeline missed:   ${p.missed.map((e) => e.name).join('; ')}`);
    if (p.spurious.length > 0) console.log(`  pipeline not GUM:  ${p.spurious.map((e) => `${e.name} [${e.kind}]`).join('; ')}`);
    if (p.kindErrors.length > 0) console.log(`  pipeline kinds:    ${p.kindErrors.map((d) => `${d.gum.name}: GUM ${d.gum.gumType}, pipeline ${d.extracted.kind}`).join('; ')}`);
  }
}

if (require.main === module) main();
