// The annotated gold of eval/gold (see eval/ANNOTATION.md): reading corpus texts, reading gold
// files, and checking a gold file against its text. Used by the extraction bench and its tests.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLAIM_MODALITIES, CLAIM_STANDINGS, ENTITY_KINDS } from '../src/domain/facts';
import type { ClaimModality, ClaimStanding, EntityKind } from '../src/domain/facts';

/** eval/, whether this runs from source or compiled under dist/. */
const evalDir = path.basename(path.dirname(__dirname)) === 'dist' ? path.resolve(__dirname, '..', '..', 'eval') : __dirname;
export const corpusDir = path.join(evalDir, 'corpus');
export const goldDir = path.join(evalDir, 'gold');

export interface CorpusText {
  /** "news/012-us-president-bush-visits-canada.txt" */
  readonly file: string;
  readonly source: string;
  readonly title: string | null;
  /** YYYY-MM-DD or null. */
  readonly date: string | null;
  readonly body: string;
}

/** A corpus file: four header lines, a blank line, then one paragraph a line. */
export function readCorpusText(file: string): CorpusText {
  const raw = readFileSync(path.join(corpusDir, file), 'utf8').replace(/^\uFEFF/, '');
  const split = raw.indexOf('\n\n');
  const header = raw.slice(0, split);
  const body = raw.slice(split + 2).replace(/\n+$/, '');
  const field = (name: string): string | null => new RegExp(`^${name}: (.*)$`, 'm').exec(header)?.[1]?.trim() ?? null;
  const date = field('date');
  const title = field('title');
  return {
    file,
    source: field('source') ?? '',
    title: title && !title.startsWith('[no headline') ? title : null,
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    body,
  };
}

export function corpusFiles(set: 'news' | 'learner'): string[] {
  return readdirSync(path.join(corpusDir, set))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `${set}/${f}`);
}

export interface GoldEntity {
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: readonly string[];
}
export interface GoldClaim {
  readonly evidence: string;
  readonly speaker: string;
  readonly via?: string;
  readonly direct: boolean;
  readonly standing: ClaimStanding;
  readonly modality: ClaimModality;
}
export interface GoldQuantity {
  readonly evidence: string;
  readonly value: number;
  readonly valueMax: number | null;
  readonly unit: string;
  readonly approximate: boolean;
  readonly counts: string;
}
export interface GoldDate {
  readonly evidence: string;
  readonly start: string;
  readonly end: string;
  readonly precision: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
  readonly event: string;
}
export interface Gold {
  readonly file: string;
  readonly entities: readonly GoldEntity[];
  readonly claims: readonly GoldClaim[];
  readonly quantities: readonly GoldQuantity[];
  readonly dates: readonly GoldDate[];
  readonly notes?: string;
}

export function goldPath(file: string): string {
  return path.join(goldDir, file.replace(/\.txt$/, '.json'));
}

export function readGold(file: string): Gold | null {
  const p = goldPath(file);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Gold) : null;
}

export interface Splits {
  readonly dev: readonly string[];
  readonly test: readonly string[];
}
export function readSplits(): Splits {
  return JSON.parse(readFileSync(path.join(evalDir, 'splits.json'), 'utf8')) as Splits;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Everything wrong with one gold file, as sentences; empty when it is well-formed. */
export function checkGold(gold: Gold, text: CorpusText): string[] {
  const problems: string[] = [];
  const inBody = (what: string, s: unknown): void => {
    if (typeof s !== 'string' || s.trim() === '') problems.push(`${what}: evidence is empty`);
    else if (!text.body.includes(s)) problems.push(`${what}: evidence ${JSON.stringify(s)} is not in the body`);
  };
  if (gold.file !== text.file) problems.push(`file is ${JSON.stringify(gold.file)}, expected ${JSON.stringify(text.file)}`);
  const names = new Map<string, string>();
  for (const e of gold.entities ?? []) {
    if (!(ENTITY_KINDS as readonly string[]).includes(e.kind)) problems.push(`entity ${e.name}: kind ${e.kind} is not one of ${ENTITY_KINDS.join(', ')}`);
    if (!Array.isArray(e.aliases)) problems.push(`entity ${e.name}: aliases must be a list`);
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      const key = n.toLowerCase();
      if (names.has(key) && names.get(key) !== e.name) problems.push(`name ${JSON.stringify(n)} belongs to both ${names.get(key)} and ${e.name}`);
      names.set(key, e.name);
      if (!text.body.includes(n) && !text.body.toLowerCase().includes(n.toLowerCase())) problems.push(`entity ${e.name}: name or alias ${JSON.stringify(n)} is not in the body`);
    }
  }
  (gold.claims ?? []).forEach((c, i) => {
    const what = `claim ${i + 1}`;
    inBody(what, c.evidence);
    if (typeof c.speaker !== 'string' || c.speaker.trim() === '') problems.push(`${what}: speaker is empty`);
    if (c.via !== undefined && !names.has(c.via.toLowerCase())) problems.push(`${what}: via ${JSON.stringify(c.via)} is not an entity`);
    if (typeof c.direct !== 'boolean') problems.push(`${what}: direct must be true or false`);
    if (!(CLAIM_STANDINGS as readonly string[]).includes(c.standing)) problems.push(`${what}: standing ${c.standing} is not one of ${CLAIM_STANDINGS.join(', ')}`);
    if (!(CLAIM_MODALITIES as readonly string[]).includes(c.modality)) problems.push(`${what}: modality ${c.modality} is not one of ${CLAIM_MODALITIES.join(', ')}`);
  });
  (gold.quantities ?? []).forEach((q, i) => {
    const what = `quantity ${i + 1}`;
    inBody(what, q.evidence);
    if (typeof q.value !== 'number' || !Number.isFinite(q.value)) problems.push(`${what}: value must be a number`);
    if (q.valueMax !== null && (typeof q.valueMax !== 'number' || q.valueMax < q.value)) problems.push(`${what}: valueMax must be null or a number not below value`);
    if (typeof q.unit !== 'string' || q.unit.trim() === '') problems.push(`${what}: unit is empty`);
    if (typeof q.approximate !== 'boolean') problems.push(`${what}: approximate must be true or false`);
  });
  (gold.dates ?? []).forEach((d, i) => {
    const what = `date ${i + 1}`;
    inBody(what, d.evidence);
    if (!ISO.test(d.start) || !ISO.test(d.end) || d.end < d.start) problems.push(`${what}: start and end must be ISO dates, start ≤ end`);
    if (!['DAY', 'WEEK', 'MONTH', 'YEAR'].includes(d.precision)) problems.push(`${what}: precision ${d.precision} is not DAY, WEEK, MONTH or YEAR`);
  });
  return problems;
}
