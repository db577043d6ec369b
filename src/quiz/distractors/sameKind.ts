// Whether an option is the same kind of thing as the answer, finer than the entity kind: a city
// for a city (never "South America" or "the Asia-Pacific"; a country only after the cities), a
// company that does something in the article for a company (never a brand it only owns; a state
// only after the companies), a person for a person. Extraction sometimes gives a name the wrong
// kind ("The Australians", "Han Class" or "The Congressional Record" as a person, "Organizers" as
// a place): a name that does not look like its kind is refused here, as an answer or an option,
// and left for the extractor to fix.
import type { NewsEntity } from '../../domain/facts';
import type { FactIndex } from '../facts/factIndex';

/** Words that make a name a thing, a body, an event or a document, never a person. */
const NOT_A_PERSON_WORD = /\b(class|record|report|review|journal|times|news|post|herald|gazette|tribune|daily|weekly|magazine|party|council|committee|commission|movement|university|college|school|hospital|clinic|services?|surgery|company|corporation|corp|inc|ltd|ministry|agency|department|association|union|court|battle|war|act|summit|cup|festival|cent(?:er|re)|institute|club|league|team|group|army|navy|forces?|bank|fund|program(?:me)?|project|system|network|airlines?|airways|motors|tools|foundation|organi[sz]ation|authority|authorities|office|bureau|house|church|stadium|declaration|treaty|plan|community|world|nations?|republic|kingdom|state|city|province|region|island|river)\b/i;

/** For a one-word person, only endings no surname has: "Sanders", "Peters" and "Evans" are surnames. */
const ONE_WORD_PLURAL = /^[A-Za-z]+(?:ians|eans|icans|ese|ists|ites|people)$/;

/** Regions, continents, seas and mountain ranges: places, but no city or country. */
const REGION_WORD = /\b(africa|asia|asia-pacific|europe|americas?|pacific|atlantic|indian ocean|arctic|antarctic(?:a)?|oceania|caribbean|middle east|gulf|mediterranean|balkans|baltics?|scandinavia|sahel|andes|alps|himalayas?|sahara|mountains|sea|ocean|peninsula|subcontinent)\b/i;

export type PlaceScale = 'REGION' | 'COUNTRY' | 'LOCALITY';

export function placeScale(entity: NewsEntity): PlaceScale {
  if (entity.kind === 'COUNTRY') return 'COUNTRY';
  return REGION_WORD.test(entity.name) ? 'REGION' : 'LOCALITY';
}

/** Whether a name reads as the kind the facts give it; a name that does not is no answer and no option. */
export function nameFitsKind(entity: NewsEntity): boolean {
  const name = entity.name.trim();
  if (name.replace(/[^\p{L}]/gu, '').length < 3) return false;
  switch (entity.kind) {
    case 'PERSON':
      return !/^the\s/i.test(name) && !NOT_A_PERSON_WORD.test(name) && !ONE_WORD_PLURAL.test(name) && !/^[A-Z0-9.&-]+$/.test(name);
    case 'PLACE':
      // "Organizers", "Protesters": one plural noun is people, not a place; "South" is half a name.
      return !/^[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents)$/.test(name) && !/^(north|south|east|west|central|northern|southern|eastern|western)$/i.test(name);
    default:
      return true;
  }
}

/** Bodies that stand for each other: a state for a state, a company or outlet for a company or outlet. */
function bodyKind(kind: NewsEntity['kind']): 'STATE' | 'BODY' | 'OTHER' {
  switch (kind) {
    case 'COUNTRY':
    case 'GOVERNMENT':
      return 'STATE';
    case 'AGENCY':
    case 'ORGANIZATION':
    case 'OUTLET':
      return 'BODY';
    default:
      return 'OTHER';
  }
}

/** Whether the entity does something in the facts: speaks, is a claim's subject, or is the subject of a relation. */
export function actsInFacts(index: FactIndex, entity: NewsEntity): boolean {
  return index.actorIds.has(entity.id) || index.facts.relations.some((r) => r.subjectId === entity.id && r.kind !== 'PART_OF');
}

/**
 * Whether `option` is the same kind of thing as `answer` in the role asked about. For a place:
 * the same scale (a city for a city). For a body doing something: a body of the same sort that
 * does something in the article too; a brand or a product it only names ("Kenmore", "Craftsman
 * Tools") does nothing, so it is no plausible buyer.
 */
export function sameKindOfThing(index: FactIndex, answer: NewsEntity, option: NewsEntity, role: 'actor' | 'place'): boolean {
  if (!nameFitsKind(option) || !readsAsName(index, option)) return false;
  // A country is a fair wrong answer to "where was she?" beside a city (ranked after cities); a
  // continent or a sea never stands for a city or a country.
  if (role === 'place') {
    const a = placeScale(answer);
    const o = placeScale(option);
    return a === o || (a === 'LOCALITY' && o === 'COUNTRY');
  }
  if (answer.kind === 'PERSON' || option.kind === 'PERSON') return answer.kind === option.kind;
  // A state and an organisation both make statements ("the U.S. has not confirmed"), so either is a
  // fair wrong speaker for the other (ranked after its own sort, see kindDistance).
  return bodyKind(option.kind) !== 'BODY' || actsInFacts(index, option);
}

/** For ranking options: 0 the same place scale or sort of body, 1 another (a country beside cities, a state beside companies). */
export function kindDistance(answer: NewsEntity, option: NewsEntity, role: 'actor' | 'place'): number {
  if (role === 'place') return placeScale(answer) === placeScale(option) ? 0 : 1;
  return bodyKind(answer.kind) === bodyKind(option.kind) ? 0 : 1;
}

/**
 * Whether a one-word name is a name in this article: "Information" (left of "Information Minister")
 * is no person when the article also writes it in lower case, or only ever writes it before another
 * capitalised word.
 */
export function readsAsName(index: FactIndex, entity: NewsEntity): boolean {
  const name = entity.name.trim();
  if (/\s/.test(name) || entity.kind !== 'PERSON') return true;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lower = new RegExp(`(^|[^\\p{L}])${escaped.toLowerCase()}(?![\\p{L}])`, 'u');
  if (index.facts.articles.some((a) => lower.test(a.body))) return false;
  // Only ever the first word of a longer name ("Information Minister Sikhanyiso Ndlovu"): a modifier.
  const uses = index.facts.articles.flatMap((a) => [...a.body.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])(\\s+\\S)?`, 'gu'))]);
  return uses.length === 0 || uses.some((m) => !/\p{Lu}/u.test(m[1] ?? ''));
}
