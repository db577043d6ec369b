// Given names and the gender they are mostly given to, from gender-detection-from-name (first-name
// lists for English, Italian, Spanish, French, German and Turkish; MIT). Two uses: a capitalised
// pair whose first word is a given name is a person ("Lydia Buchtmann"; "Circuit City" is not), and
// "he"/"she" look back only to people whose first name can be theirs.
import { getGender } from 'gender-detection-from-name';

export type Gender = 'male' | 'female';

/** The gender a first name is given to, or null when it is no known given name. */
export function genderOfGivenName(word: string): Gender | null {
  const g = getGender(word.replace(/[.’']/g, ''));
  return g === 'male' || g === 'female' ? g : null;
}

export function isGivenName(word: string): boolean {
  return genderOfGivenName(word) !== null;
}
