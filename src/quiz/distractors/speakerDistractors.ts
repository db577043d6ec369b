// Wrong speakers for a claim. Beyond the entity rules, a wrong speaker must not have said the same
// thing: whoever answered the same claim (Rutte and the U.S. both did not back Zelensky), whoever
// speaks in the same sentence, whoever made a near-identical claim, and whoever leads or belongs to
// one of those (NATO, when Rutte spoke for it) could be argued right, so none of them is offered.
import type { Claim, NewsEntity } from '../../domain/facts';
import { claimGist } from '../facts/claimText';
import type { FactIndex } from '../facts/factIndex';
import { textSimilarity } from '../text/normalize';
import { entitiesNamedIn, entityDistractors } from './entityDistractors';

/** Speakers who could also be said to have said this claim. */
export function coSpeakers(index: FactIndex, claim: Claim): Set<string> {
  const out = new Set<string>();
  const firstSentence = claim.evidence[0]?.sentenceIndex;
  const gist = claimGist(index, claim) ?? claim.paraphrase;
  for (const other of index.facts.claims) {
    if (other.id === claim.id || other.speakerId === null || other.speakerId === claim.speakerId) continue;
    const sameResponse = claim.respondsToId !== null && other.respondsToId === claim.respondsToId;
    const sameSentence = other.evidence.some((e) => e.sentenceIndex === firstSentence && e.articleId === claim.articleId);
    const similar = textSimilarity(claimGist(index, other) ?? other.paraphrase, gist) >= 0.5;
    if (sameResponse || sameSentence || similar) out.add(other.speakerId);
  }
  for (const id of [...out]) for (const linked of index.linkedEntityIds(id)) out.add(linked);
  return out;
}

/** Ranked wrong speakers for the claim, other speakers first; `prompt` is what the reader sees. */
export function speakerDistractors(index: FactIndex, claim: Claim, prompt: string, max = 3): NewsEntity[] {
  const speaker = index.entity(claim.speakerId);
  if (speaker === undefined) return [];
  const exclude = new Set([...coSpeakers(index, claim), ...entitiesNamedIn(index, prompt), ...claim.subjectIds]);
  if (claim.viaId !== null) exclude.add(claim.viaId);
  return entityDistractors(index, {
    answer: speaker,
    role: 'actor',
    exactKind: false,
    exclude,
    prefer: (e) => index.speakerIds.has(e.id),
    max,
  }).filter((e) => e.kind !== 'GROUP' || speaker.kind === 'GROUP');
}
