// A student's name as typed, and as the one-attempt-per-student rule compares it. Without this, one
// student could submit again as "Ada" with a zero-width space inside, with a Cyrillic "а", or behind
// a right-to-left override, each looking like the first "Ada" on the teacher's list (issue 17 §3).

/**
 * Format characters (Unicode category Cf): zero-width space, joiner and non-joiner, word joiner,
 * soft hyphen, byte-order mark, and the bidirectional embeddings, overrides and isolates. None is
 * visible, and the bidi ones reorder what is shown, so a name keeps none of them.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** The name to store and show: NFKC (full-width and compatibility forms made plain), no format characters, spaces collapsed. */
export function cleanParticipantName(typed: string): string {
  return typed.normalize('NFKC').replace(FORMAT_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

/**
 * Letters of other scripts drawn like Latin ones, and digits drawn like letters, as one letter:
 * the lower-case confusables of Unicode's list that a keyboard or a copy-paste readily gives.
 * For comparison only; a name is shown as typed.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c', ϳ: 'j',
  // Latin letters and digits that pass for others
  // (not i and l: "Ali" and "All" are two students)
  ı: 'i', ſ: 's', '0': 'o', '1': 'l', '|': 'l',
};

/**
 * The name as the one-attempt-per-student rule compares it: cleaned as above, case folded (upper
 * then lower case folds more: "Straße" and "STRASSE" agree), and look-alike letters made one.
 * Up to 4 characters per character of the name.
 */
export function participantKey(name: string): string {
  const folded = cleanParticipantName(name).toUpperCase().toLowerCase();
  return Array.from(folded, (ch) => LOOK_ALIKES[ch] ?? ch).join('');
}
