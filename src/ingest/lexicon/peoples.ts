// Peoples, faiths and parties named as groups of people ("Americans", "Muslims", "Republicans"):
// general knowledge, like the country list. Each is a GROUP, not the country or the party itself.

import { lookupName } from './index';

const PEOPLES: ReadonlySet<string> = new Set([
  'Muslims', 'Christians', 'Jews', 'Hindus', 'Buddhists', 'Sikhs', 'Catholics', 'Protestants', 'Evangelicals',
  'Mormons', 'Shiites', 'Shias', 'Sunnis', 'Arabs', 'Kurds', 'Europeans', 'Africans', 'Asians', 'Latinos', 'Hispanics',
  'Westerners', 'Democrats', 'Republicans', 'Conservatives', 'Liberals', 'Socialists', 'Communists', 'Rohingya',
  'Palestinians', 'Israelis', 'Afghans', 'Pashtuns', 'Uighurs', 'Uyghurs', 'Tamils', 'Berbers', 'Bedouins', 'Aborigines',
]);

/** A plural people's name: one of the list, or a country's demonym with an "s" ("Libyans", "Zimbabweans"). */
export function isPeopleNoun(word: string): boolean {
  if (PEOPLES.has(word)) return true;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  return lookupName(word.slice(0, -1))?.role === 'DEMONYM';
}
