// The dateline that opens a wire story: "GENEVA (AP) —", "LONDON, March 3 (Reuters) -",
// "DES MOINES, Iowa (AP) —". It says where the reporter filed from and which agency carries the
// story; it is not part of the first sentence's statement and nobody in it says anything.
//
// Only the very start of the body is looked at, with one anchored, bounded pattern: a dateline
// elsewhere is ordinary text, and the match costs the same whatever the article's length.

import type { Sentence } from '../domain/facts';
import { lookupName } from './lexicon';

export interface Dateline {
  /** The place as the article writes it ("GENEVA") and as a name ("Geneva"). */
  readonly placeStart: number;
  readonly placeEnd: number;
  readonly placeName: string;
  /** The agency in parentheses, when there is one. */
  readonly agency: { readonly start: number; readonly end: number; readonly name: string } | null;
  /** Where the first sentence's own words begin. */
  readonly end: number;
}

const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATELINE = new RegExp(
  String.raw`^(\s*)(${PLACE_WORD}(?: (?:${PLACE_WORD}|de|da|del|la|le)){0,3})` +
    String.raw`((?:,\s*${PLACE_WORD}(?: ${PLACE_WORD}){0,2})?(?:,\s*${MONTH} \d{1,2})?)` +
    String.raw`\s*(?:\(([^()\n]{1,40})\)\s*)?[—–-]{1,2}\s+`,
  'u',
);
const LOWER_IN_PLACES = new Set(['de', 'da', 'del', 'la', 'le', 'of']);

/** The dateline at the start of the first sentence, or null when the body opens otherwise. */
export function findDateline(body: string, first: Sentence | undefined): Dateline | null {
  if (!first) return null;
  const match = DATELINE.exec(body.slice(0, Math.min(body.length, 200)));
  if (!match) return null;
  const lead = match[1] ?? '';
  const place = match[2] ?? '';
  const agencyText = match[4];
  const end = match[0].length;
  // Without an agency only an all-capitals place reads as a dateline: "Officials - and residents -"
  // opening a sentence must not.
  const allCaps = place === place.toUpperCase();
  // "NATO — the alliance ..." is a name, not a place: without an agency the place must not be a
  // known body.
  if (agencyText === undefined && (!allCaps || (lookupName(place)?.kind ?? 'PLACE') !== 'PLACE')) return null;
  if (end >= first.end) return null;
  const placeStart = lead.length;
  const agencyStart = agencyText === undefined ? -1 : match[0].indexOf(`(${agencyText})`) + 1;
  return {
    placeStart,
    placeEnd: placeStart + place.length,
    placeName: allCaps ? titleCasePlace(place) : place,
    agency: agencyText === undefined ? null : { start: agencyStart, end: agencyStart + agencyText.length, name: agencyText.trim() },
    end,
  };
}

function titleCasePlace(place: string): string {
  return place
    .toLowerCase()
    .split(' ')
    .map((w, k) => (k > 0 && LOWER_IN_PLACES.has(w) ? w : w.replace(/(^|[-.'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())))
    .join(' ');
}
