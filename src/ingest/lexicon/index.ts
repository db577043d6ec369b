// One lookup over every curated name: a surface form ("U.S.", "Ukrainian", "Kyiv") to what it names.

import type { EntityKind } from '../../domain/facts';
import { COUNTRIES } from './countries';
import { ORGANISATIONS, OUTLETS } from './organisations';
import { REGIONS } from './regions';

export type LexiconRole = 'NAME' | 'DEMONYM' | 'CAPITAL';

export interface LexiconHit {
  readonly name: string;
  readonly kind: EntityKind;
  readonly role: LexiconRole;
  readonly nouns: readonly string[];
  /** For a capital: the country it stands for. */
  readonly country: string | null;
}

const SURFACE = new Map<string, LexiconHit>();
const add = (surface: string, hit: LexiconHit): void => {
  if (!SURFACE.has(surface)) SURFACE.set(surface, hit);
};

for (const entry of [...ORGANISATIONS, ...OUTLETS]) {
  const hit: LexiconHit = { name: entry.name, kind: entry.kind, role: 'NAME', nouns: entry.nouns, country: null };
  for (const surface of [entry.name, ...entry.aliases]) add(surface.replace(/^the /, 'The '), hit);
  for (const surface of [entry.name, ...entry.aliases]) add(surface.replace(/^The /, ''), hit);
}
for (const country of COUNTRIES) {
  const hit: LexiconHit = { name: country.name, kind: 'COUNTRY', role: 'NAME', nouns: ['country', 'nation'], country: null };
  for (const surface of [country.name, ...country.aliases]) add(surface.replace(/^the /, ''), hit);
  for (const demonym of country.demonyms) add(demonym, { ...hit, role: 'DEMONYM' });
  if (country.capital) {
    add(country.capital, { name: country.capital, kind: 'PLACE', role: 'CAPITAL', nouns: ['city', 'capital'], country: country.name });
  }
}

for (const region of REGIONS) {
  const name = region.replace(/^the /, '');
  add(name, { name, kind: 'PLACE', role: 'NAME', nouns: ['region'], country: null });
}

/** Longest surface form, in words, so a scan knows how far ahead to look. */
export const LONGEST_SURFACE_WORDS = Math.max(...[...SURFACE.keys()].map((s) => s.split(' ').length));

export function lookupName(surface: string): LexiconHit | undefined {
  return SURFACE.get(surface);
}

export { COUNTRIES } from './countries';
export { BODY_NOUNS, NAME_FIRST_WORDS, NAME_HEADS } from './organisations';
export { HONORIFICS, LEADER_TITLES, TITLES } from './titles';
