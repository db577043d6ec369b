// How a statement refers to its speaker in the third person, so a quotation can be reported: "I"
// of a person is "he" or "she" only when the article itself says which (its pronoun mentions of
// the speaker agree, or the title does: "spokeswoman"); "we" of a body is "it", of a group "they",
// of a person the body the facts say that person leads or belongs to. Otherwise there is no voice,
// and the quotation is left out rather than guessed at.
import type { NewsEntity } from '../../domain/facts';
import type { FactIndex } from './factIndex';
import { HE, IT, namedVoice, SHE, THEY, type Voice } from '../text/reportedSpeech';

const MALE = /^(he|him|his|himself)$/i;
const FEMALE = /^(she|her|hers|herself)$/i;
const FEMALE_TITLE = /\b(spokeswoman|chairwoman|businesswoman|congresswoman|woman|mrs|ms|miss|madam|queen|princess|actress|mother|wife|daughter|sister|girl)\b/i;
const MALE_TITLE = /\b(spokesman|chairman|businessman|congressman|mr|king|prince|actor|father|husband|son|brother|boy)\b/i;

/** "he" or "she" when the article's own words settle it (at least two to one among its pronouns), else null. */
export function personPronoun(index: FactIndex, person: NewsEntity): Voice | null {
  if (person.kind !== 'PERSON') return null;
  let male = 0;
  let female = 0;
  for (const m of index.facts.mentions) {
    if (m.entityId !== person.id) continue;
    if (MALE.test(m.evidence.text.trim())) male++;
    if (FEMALE.test(m.evidence.text.trim())) female++;
  }
  const title = person.description ?? '';
  if (FEMALE_TITLE.test(title)) female += 2;
  if (MALE_TITLE.test(title)) male += 2;
  if (male > 0 && male >= 2 * female) return HE;
  if (female > 0 && female >= 2 * male) return SHE;
  return null;
}

/** Who "we" is in the speaker's mouth: the body itself, the group, or the one body a person leads or belongs to. */
export function firstPersonPlural(index: FactIndex, speaker: NewsEntity): Voice | null {
  switch (speaker.kind) {
    case 'GROUP':
      return THEY;
    case 'ORGANIZATION':
    case 'AGENCY':
    case 'GOVERNMENT':
    case 'OUTLET':
    case 'COUNTRY':
      return IT;
    case 'PLACE':
      return null;
    case 'PERSON': {
      const bodies = new Set(
        index.facts.relations
          .filter((r) => (r.kind === 'LEADERSHIP' || r.kind === 'MEMBERSHIP') && r.subjectId === speaker.id)
          .map((r) => r.objectId)
          .filter((id) => {
            const kind = index.entity(id)?.kind;
            return kind === 'ORGANIZATION' || kind === 'GOVERNMENT' || kind === 'AGENCY' || kind === 'GROUP';
          }),
      );
      const only = [...bodies][0];
      const body = bodies.size === 1 && only !== undefined ? index.entity(only) : undefined;
      return body === undefined ? null : namedVoice(index.displayName(body));
    }
  }
}

/** Who "I" is in the speaker's mouth: a person's pronoun; a body speaking as "I" is its spokesperson, not known. */
export function firstPersonSingular(index: FactIndex, speaker: NewsEntity): Voice | null {
  return personPronoun(index, speaker);
}
