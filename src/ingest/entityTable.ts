// The growing set of entities and their mentions while an article is read.
//
// Entity ids are local keys derived from the normalised canonical name ("entity:north-korea"), so two
// mentions that normalise to the same name are one entity, and the same text always gives the same ids.

import type { EntityKind } from '../domain/facts';

export type MentionHow = 'NAME' | 'DEMONYM' | 'PRONOUN' | 'DESCRIPTION';

export interface EntityDraft {
  readonly id: string;
  kind: EntityKind;
  readonly name: string;
  readonly aliases: Set<string>;
  description: string | null;
  /** Common nouns that can refer back to it: "alliance", "company", "agency". */
  readonly nouns: Set<string>;
  /** The kind is a default for a name nothing else typed: a later, surer reading replaces it. */
  guessed?: boolean;
}

export interface MentionDraft {
  readonly entityId: string;
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
  readonly how: MentionHow;
  /** The word before the mention is a preposition ("to Ukraine"): unlikely to be the clause's subject. */
  readonly afterPreposition: boolean;
}

export interface Leadership {
  readonly personId: string;
  readonly ofId: string;
  readonly title: string;
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
}

export interface EntityTable {
  readonly entities: Map<string, EntityDraft>;
  readonly mentions: MentionDraft[];
  readonly leaderships: Leadership[];
}

export function emptyTable(): EntityTable {
  return { entities: new Map(), mentions: [], leaderships: [] };
}

export function entityIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `entity:${slug || 'unnamed'}`;
}

export function upsertEntity(
  table: EntityTable,
  name: string,
  kind: EntityKind,
  nouns: readonly string[] = [],
  guessed = false,
): EntityDraft {
  const id = entityIdFor(name);
  let entity = table.entities.get(id);
  if (!entity) {
    entity = { id, kind, name, aliases: new Set(), description: null, nouns: new Set(), guessed };
    table.entities.set(id, entity);
  } else if (entity.guessed && !guessed) {
    // "According to ... Hamdullah Mohib" guessed a body; "Ambassador Hamdullah Mohib says" is sure.
    entity.kind = kind;
    entity.guessed = false;
  }
  for (const noun of nouns) entity.nouns.add(noun);
  return entity;
}

export function addMention(table: EntityTable, mention: MentionDraft, surface: string | null): void {
  const entity = table.entities.get(mention.entityId);
  if (entity && surface && surface !== entity.name && mention.how !== 'PRONOUN' && mention.how !== 'DEMONYM') {
    entity.aliases.add(surface);
  }
  table.mentions.push(mention);
}

/** Mentions in text order; for equal starts the longer one first. */
export function sortedMentions(table: EntityTable): MentionDraft[] {
  return [...table.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
}
