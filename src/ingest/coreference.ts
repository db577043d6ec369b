// Later mentions resolved to the entity they point back to, where the text makes it clear:
// - "he"/"she" (and "his", "him", "her"): the most recent person named earlier in the same sentence,
//   else the first person named in the previous sentence (usually its subject);
// - definite descriptions ("the alliance", "the western security alliance", "the company"): the most
//   recent entity that such a noun can describe; "the country" skips countries that follow a
//   preposition ("sending troops to Ukraine"), which are rarely what the writer points back to.
// Surnames are resolved earlier, in entities.ts, once every full name is known.

import type { Sentence } from '../domain/facts';
import type { EntityTable, MentionDraft } from './entityTable';
import { addMention } from './entityTable';
import type { Gender } from './lexicon/givenNames';
import { genderOfGivenName } from './lexicon/givenNames';
import { firstStartingAtOrAfter, insideAny } from './spans';

const GENERIC_MODIFIERS = new Set([
  'new', 'old', 'former', 'current', 'same', 'other', 'first', 'last', 'previous', 'next', 'latest', 'local', 'national',
  'whole', 'entire', 'main', 'big', 'small', 'large', 'little', 'two', 'three', 'both', 'very', 'only', 'own',
]);
const PERSONAL_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\b/g;

/**
 * `quoted` are the spans inside quotation marks, in text order: a speaker's "the team" or "the company" is seen from
 * where they stand, so descriptions there are not resolved against the article's entities.
 */
export function resolveReferences(table: EntityTable, sentences: readonly Sentence[], quoted: ReadonlyArray<{ start: number; end: number }> = []): void {
  const bySentence: MentionDraft[][] = sentences.map(() => []);
  for (const mention of table.mentions) bySentence[mention.sentenceIndex]?.push(mention);
  for (const list of bySentence) list.sort((a, b) => a.start - b.start);

  const quotedSentence = mostlyQuoted(sentences, quoted);
  const learned = new Map<string, Gender>();
  const descriptions = descriptionPattern(table);
  // For each noun, the mentions of entities that can take it, in text order: a description looks back
  // through its own noun's list only, so the pass stays near-linear however many mentions there are.
  const byNoun = new Map<string, MentionDraft[]>();
  const index = (m: MentionDraft): void => {
    const entity = table.entities.get(m.entityId);
    if (!entity || m.how === 'PRONOUN') return;
    for (const noun of entity.nouns) {
      const list = byNoun.get(noun) ?? [];
      if (list.length === 0) byNoun.set(noun, list);
      insertByStart(list, m);
    }
  };
  if (descriptions) table.mentions.forEach(index);
  for (const sentence of sentences) {
    const here = bySentence[sentence.index] ?? [];
    const found: MentionDraft[] = [];
    PERSONAL_PRONOUN.lastIndex = 0;
    for (let match = PERSONAL_PRONOUN.exec(sentence.text); match; match = PERSONAL_PRONOUN.exec(sentence.text)) {
      const start = sentence.start + match.index;
      const pronoun: Gender = /^h(?:e|im|is)$/i.test(match[0]) ? 'male' : 'female';
      const fits = (m: MentionDraft): boolean => isPerson(table, m) && (learned.get(m.entityId) ?? genderOf(table, m.entityId)) !== opposite(pronoun);
      // Else the first fitting person of the sentences before (their subject, usually), up to three back.
      let antecedent = lastBefore(here, start, fits);
      // Sentences that are someone's quoted words do not count: "He further said" after three
      // sentences of La Russa's quotation is still La Russa.
      for (let back = 1, counted = 0; counted < 3 && back <= 8 && !antecedent; back += 1) {
        antecedent = (bySentence[sentence.index - back] ?? []).find((m) => fits(m) && !m.afterPreposition);
        if (!quotedSentence[sentence.index - back]) counted += 1;
      }
      if (!antecedent) continue;
      // Once "he" has stood for Cres Eastman, a later "she" is someone else.
      if (!learned.has(antecedent.entityId)) learned.set(antecedent.entityId, pronoun);
      found.push({ entityId: antecedent.entityId, sentenceIndex: sentence.index, start, end: start + match[0].length, how: 'PRONOUN', afterPreposition: false });
    }
    if (descriptions) {
      descriptions.lastIndex = 0;
      for (let match = descriptions.exec(sentence.text); match; match = descriptions.exec(sentence.text)) {
        const noun = (match[2] ?? '').toLowerCase();
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        if (here.some((m) => m.start < end && start < m.end)) continue;
        if (insideAny(quoted, start)) continue;
        const candidates = byNoun.get(noun) ?? [];
        let antecedent: MentionDraft | undefined;
        for (let k = firstStartingAtOrAfter(candidates, start) - 1; k >= 0 && !antecedent; k -= 1) {
          const m = candidates[k];
          if (m && (table.entities.get(m.entityId)?.kind !== 'COUNTRY' || !m.afterPreposition)) antecedent = m;
        }
        if (!antecedent) continue;
        // "the western security alliance" describes NATO; "the new government" or "the same company"
        // fits anything of its kind, so it is no name for it.
        const modifiers = (match[1] ?? '').trim().split(/\s+/).filter(Boolean);
        const hasModifiers = modifiers.some((m) => !GENERIC_MODIFIERS.has(m));
        const description: MentionDraft = { entityId: antecedent.entityId, sentenceIndex: sentence.index, start, end, how: 'DESCRIPTION', afterPreposition: false };
        found.push(description);
        const entity = table.entities.get(antecedent.entityId);
        // "the western security alliance" says something about NATO; "the alliance" does not.
        if (entity && hasModifiers) entity.aliases.add(match[0].replace(/^The/, 'the'));
      }
    }
    for (const mention of found) {
      addMention(table, mention, null);
      if (descriptions) index(mention);
      here.push(mention);
    }
    here.sort((a, b) => a.start - b.start);
  }
}

/**
 * Keeps the list sorted by start. A mention goes before others with the same start, so that reading
 * backwards meets equal starts in the order they were found, as a stable sort of the table would.
 */
function insertByStart(list: MentionDraft[], mention: MentionDraft): void {
  const at = firstStartingAtOrAfter(list, mention.start);
  if (at === list.length) list.push(mention);
  else list.splice(at, 0, mention);
}

/** Per sentence: whether most of its words stand inside quotation marks (spans in text order). */
function mostlyQuoted(sentences: readonly Sentence[], quoted: ReadonlyArray<{ start: number; end: number }>): boolean[] {
  const spans = [...quoted].sort((a, b) => a.start - b.start);
  let k = 0;
  return sentences.map((sentence) => {
    while (k < spans.length && (spans[k]?.end ?? 0) <= sentence.start) k += 1;
    let inside = 0;
    for (let j = k; j < spans.length; j += 1) {
      const span = spans[j];
      if (!span || span.start >= sentence.end) break;
      inside += Math.min(span.end, sentence.end) - Math.max(span.start, sentence.start);
    }
    return inside >= 0.6 * (sentence.end - sentence.start);
  });
}

const SURNAME_PARTICLE = /^(?:La|Le|Lo|De|Di|Da|Du|Del|Della|Van|Von|Al|El|Bin|Ibn|Abu|Ter|Ten|Dos|Das|St\.?)$/;
const opposite = (g: Gender): Gender => (g === 'male' ? 'female' : 'male');
const MALE_HONORIFICS = /^(?:Mr|Sir|Lord|King|Prince)\.?\s/;
const FEMALE_HONORIFICS = /^(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess)\.?\s/;

/** A person's gender as their first name or honorific gives it, or null when neither tells. */
function genderOf(table: EntityTable, entityId: string): Gender | null {
  const entity = table.entities.get(entityId);
  if (!entity) return null;
  for (const name of [entity.name, ...entity.aliases]) {
    if (MALE_HONORIFICS.test(name)) return 'male';
    if (FEMALE_HONORIFICS.test(name)) return 'female';
  }
  const first = entity.name.split(/\s+/)[0] ?? '';
  // "La Russa", "De Niro", "Van Gaal": a surname's particle is no given name.
  if (SURNAME_PARTICLE.test(first)) return null;
  return entity.name.includes(' ') ? genderOfGivenName(first) : null;
}

function isPerson(table: EntityTable, mention: MentionDraft): boolean {
  return table.entities.get(mention.entityId)?.kind === 'PERSON';
}

function lastBefore(mentions: readonly MentionDraft[], offset: number, accept: (m: MentionDraft) => boolean): MentionDraft | undefined {
  let best: MentionDraft | undefined;
  for (const mention of mentions) if (mention.end <= offset && accept(mention)) best = mention;
  return best;
}

/** "the (up to three lowercase modifiers) <noun>", over the nouns the article's entities can take. */
function descriptionPattern(table: EntityTable): RegExp | null {
  const nouns = new Set<string>();
  for (const entity of table.entities.values()) for (const noun of entity.nouns) nouns.add(noun);
  if (nouns.size === 0) return null;
  // "the president" and "the President" alike.
  const alternatives = [...nouns]
    .sort((a, b) => b.length - a.length)
    .flatMap((n) => [n, n.charAt(0).toUpperCase() + n.slice(1)])
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b[Tt]he((?:\\s+(?!of\\b|and\\b|or\\b|that\\b)[a-z][a-z-]*){0,3}?)\\s+(${alternatives.join('|')})(?![\\p{L}-])`, 'gu');
}
