// Turning a claim's paraphrase into the pieces questions need. Curated paraphrases open with the
// speaker ("Zelensky said North Korea is …", "The U.S. has not confirmed …"), so "who said it" is the
// paraphrase with its subject taken out, and "what was said" is what follows "said".
import type { Claim, NewsEntity } from '../../domain/facts';
import { withoutFinalStop } from '../text/format';
import { containsPhrase, normalizeText } from '../text/normalize';
import type { FactIndex } from './factIndex';
import { hasFirstOrSecondPerson, isQuotedSpan, ownVoiceStatement } from './ownVoice';

const PLURAL_TO_SINGULAR: Readonly<Record<string, string>> = { are: 'is', were: 'was', have: 'has' };

/**
 * When `text` opens with one of the entity's names as its subject, the predicate that follows,
 * with the verb made singular ("are pressing" → "is pressing") so it reads after "Who".
 * Null for compound subjects ("Putin and Kim …"), possessives ("NATO’s …") and appositions.
 */
export function predicateAfter(text: string, names: readonly string[]): string | null {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  for (const name of sorted) {
    for (const head of subjectHeads(name)) {
      if (!text.startsWith(head)) continue;
      const rest = text.slice(head.length);
      if (!rest.startsWith(' ')) continue;
      const words = rest.trim().split(/\s+/);
      const first = words[0] ?? '';
      if (['and', 'or', '&'].includes(first.toLowerCase()) || first === '') continue;
      if (!/^[a-z]/.test(first)) continue;
      const verb = PLURAL_TO_SINGULAR[first] ?? first;
      return withoutFinalStop([verb, ...words.slice(1)].join(' '));
    }
  }
  return null;
}

const SAID = /^(said|says|told reporters|claimed|publicly claimed)( that)? /;

/** Words that show a paraphrase already carries doubt or denial, so it cannot be restated as "X said that …". */
const DOUBT_MARKER = /\b(not|no evidence|looking into|investigat\w*|denied|denies|unconfirmed|unverified)\b/i;

/** Whether a claim with no speaker is quoted speech in the article (a speaker the facts lost). */
function ownVoiceIsQuoted(index: FactIndex, claim: Claim): boolean {
  const statement = claim.evidence[0];
  if (statement === undefined) return false;
  const article = index.facts.articles.find((a) => a.id === statement.articleId);
  return article !== undefined && isQuotedSpan(article.body, statement.start, statement.end);
}

export function speakerOf(index: FactIndex, claim: Claim): NewsEntity | undefined {
  return index.entity(claim.speakerId);
}

/**
 * What the claim says, without who says it: "North Korea is sending around 10,000 troops to Ukraine …".
 * Null when the paraphrase cannot be split that way (it reports a doubt, not a content).
 */
export function claimGist(index: FactIndex, claim: Claim): string | null {
  const speaker = speakerOf(index, claim);
  if (speaker === undefined) return ownVoiceStatement(claim.paraphrase, ownVoiceIsQuoted(index, claim));
  const predicate = predicateAfter(claim.paraphrase, index.namesOf(speaker));
  if (predicate !== null) {
    const m = SAID.exec(predicate);
    if (m === null) return null;
    const gist = predicate.slice(m[0].length);
    // "said that … I'll have one vote": first-person words left in reported speech would make the
    // statement the quiz's own voice; without a proper reported-speech rewrite it is left out.
    return hasFirstOrSecondPerson(gist) ? null : gist;
  }
  // A paraphrase that does not name its speaker states the content alone; that works for backed claims only.
  if (mentionsSpeaker(index, claim) || DOUBT_MARKER.test(claim.paraphrase) || (claim.standing !== 'ASSERTED' && claim.standing !== 'CONFIRMED')) return null;
  return withoutFinalStop(claim.paraphrase);
}

/** Whether the paraphrase names its speaker anywhere ("Zelensky’s five-point plan …"). */
export function mentionsSpeaker(index: FactIndex, claim: Claim): boolean {
  const speaker = speakerOf(index, claim);
  return speaker !== undefined && index.namesOf(speaker).some((n) => containsPhrase(claim.paraphrase, n));
}

/** The claim as one true sentence naming its speaker: "Zelensky said North Korea is …". */
export function claimStatement(index: FactIndex, claim: Claim): string | null {
  const speaker = speakerOf(index, claim);
  if (speaker === undefined) return ownVoiceStatement(claim.paraphrase, ownVoiceIsQuoted(index, claim));
  // A paraphrase that names its speaker is already a statement of who said what.
  if (mentionsSpeaker(index, claim)) return withoutFinalStop(claim.paraphrase);
  const gist = claimGist(index, claim);
  return gist === null ? null : `${index.displayName(speaker)} said that ${index.embed(gist)}`;
}

/** The name the paraphrase uses for its speaker, so a swapped statement can replace exactly it. */
export function speakerLead(index: FactIndex, claim: Claim): string | null {
  const speaker = speakerOf(index, claim);
  if (speaker === undefined) return null;
  const names = [...index.namesOf(speaker)].sort((a, b) => b.length - a.length);
  for (const name of names) {
    for (const head of subjectHeads(name)) if (claim.paraphrase.startsWith(`${head} `)) return head;
  }
  return null;
}

/** How a name may open a sentence: "the Biden administration" as "The Biden administration" too. */
function subjectHeads(name: string): string[] {
  const bare = name.replace(/^the /i, '');
  return bare === '' ? [] : [bare, `The ${bare}`, `the ${bare}`];
}

/** Pronouns that point back at the speaker: swapping the speaker would change what they refer to. */
export function refersToSpeaker(text: string): boolean {
  return /\b(he|she|him|his|her|hers|we|our|us|i|my|me|it|its|they|their)\b/.test(normalizeText(text));
}
