// "A person for a person": which entities may stand in for each other as options. A country is both
// an actor (it supplies, it signs) and a place (one travels to it), so it joins either family.
import type { EntityKind, NewsEntity } from '../../domain/facts';

export type EntityRole = 'actor' | 'place';
export type EntityFamily = 'PERSON' | 'BODY' | 'GROUP' | 'PLACE';

export function familyOf(kind: EntityKind, role: EntityRole): EntityFamily {
  switch (kind) {
    case 'PERSON':
      return 'PERSON';
    case 'GROUP':
      return 'GROUP';
    case 'PLACE':
      return 'PLACE';
    case 'COUNTRY':
      return role === 'place' ? 'PLACE' : 'BODY';
    case 'ORGANIZATION':
    case 'AGENCY':
    case 'GOVERNMENT':
    case 'OUTLET':
      return 'BODY';
  }
}

/** Whether two entities are the same sort of thing in some role. */
export function sameFamily(a: EntityKind, b: EntityKind): boolean {
  return familyOf(a, 'actor') === familyOf(b, 'actor') || familyOf(a, 'place') === familyOf(b, 'place');
}

/** The question word for an entity answer: "Who" for people, "Which country" for countries. */
export function whichPhrase(entity: NewsEntity): string {
  switch (entity.kind) {
    case 'PERSON':
      return 'Who';
    case 'COUNTRY':
      return 'Which country';
    case 'GOVERNMENT':
      return 'Which government';
    case 'ORGANIZATION':
      return 'Which organisation';
    case 'AGENCY':
      return 'Which agency';
    case 'OUTLET':
      return 'Which news outlet';
    case 'GROUP':
      return 'Which group';
    case 'PLACE':
      return 'Which place';
  }
}

/** "the Donetsk region", "Brussels": a place name as it reads after "in". */
export function placePhrase(entity: NewsEntity, displayName: string = entity.name): string {
  if (/^the /i.test(displayName)) return displayName;
  const withArticle = entity.aliases.find((a) => a.toLowerCase() === `the ${displayName.toLowerCase()}`);
  if (withArticle !== undefined) return withArticle;
  return /\b(region|headquarters|province|state|city|district|area|border|front|road|bridge|river|square)$/i.test(displayName) ? `the ${displayName}` : displayName;
}
