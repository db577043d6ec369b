// MATCHING: speakers to what they said, and actors to their roles. Each right-hand item must belong
// to exactly one left-hand item, so one claim per speaker and one role per actor.
import type { Claim, Evidence, FactRef, NewsEntity } from '../../domain/facts';
import type { MatchingQuestion, Question } from '../../domain/question';
import { mergeEvidence, sentencesNeeded, where } from '../compose/evidence';
import { itemsWithIds, presentedOrder } from '../compose/pairs';
import { computeDifficulty, mean } from '../difficulty';
import { claimGist } from '../facts/claimText';
import type { FactIndex } from '../facts/factIndex';
import { questionId } from '../questionId';
import { hasAbsoluteWord } from '../text/clues';
import { capitalize, joinList, quoted } from '../text/format';
import { containsPhrase, contentTokens, textSimilarity } from '../text/normalize';
import { usableQuote } from './whoSaidIt';

export const MIN_PAIRS = 3;
export const MAX_PAIRS = 5;

interface Pair {
  readonly entity: NewsEntity;
  readonly text: string;
  readonly evidence: readonly Evidence[];
  readonly ref: FactRef;
}

/** What a speaker said, as a matching item: the gist, or the quote when there is no gist. */
export function saidText(index: FactIndex, claim: Claim): string | null {
  const gist = claimGist(index, claim);
  const text = gist !== null ? capitalize(gist) : usableQuote(index, claim) === null ? null : quoted(usableQuote(index, claim) as string);
  if (text === null || hasAbsoluteWord(text)) return null;
  const speaker = index.entity(claim.speakerId);
  // An item naming its own speaker answers itself.
  if (speaker === undefined || index.namesOf(speaker).some((n) => containsPhrase(text, n))) return null;
  return text;
}

function matchingQuestion(index: FactIndex, variant: string, prompt: string, pairs: readonly Pair[], sourceInference: boolean): MatchingQuestion | null {
  if (pairs.length < MIN_PAIRS) return null;
  const tests = pairs.flatMap((p) => [p.ref, { type: 'ENTITY' as const, id: p.entity.id }]);
  const id = questionId('MATCHING', tests, variant);
  const leftOrder = presentedOrder(id, 'left', pairs);
  let rightOrder = presentedOrder(id, 'right', pairs);
  // Ids are numbered after shuffling, so neither side's ids follow the facts' order; but when both
  // sides happen to be shuffled alike, L1–R1, L2–R2 … would be the answer. Rotate the right side then.
  if (rightOrder.every((p, i) => p === leftOrder[i])) rightOrder = [...rightOrder.slice(1), ...rightOrder.slice(0, 1)];
  const left = itemsWithIds('L', leftOrder.map((p) => capitalize(index.displayName(p.entity))));
  const right = itemsWithIds('R', rightOrder.map((p) => p.text));
  const answerPairs = left.map((l) => {
    const pair = pairs.find((p) => capitalize(index.displayName(p.entity)) === l.text) as Pair;
    return { leftId: l.id, rightId: (right.find((r) => r.text === pair.text) ?? { id: '' }).id };
  });
  const evidence = mergeEvidence(...pairs.map((p) => p.evidence));
  const similarities = pairs.flatMap((a, i) => pairs.slice(i + 1).map((b) => textSimilarity(a.text, b.text)));
  return {
    id,
    kind: 'MATCHING',
    prompt,
    left,
    right,
    answer: { pairs: answerPairs },
    explanation: `${joinList(pairs.map((p) => `${capitalize(index.displayName(p.entity))}: ${p.text} ${where(index, p.evidence.slice(0, 1))}`))}.`,
    evidence,
    difficulty: computeDifficulty({ distractorSimilarity: mean(similarities), sentencesNeeded: sentencesNeeded(evidence), sourceInference }),
    tests,
  };
}

/** Variant k pairs each speaker with their k-th usable claim; speakers with fewer claims sit it out. */
function speakerMatching(index: FactIndex): MatchingQuestion[] {
  const bySpeaker = new Map<string, Pair[]>();
  for (const claim of index.facts.claims) {
    const speaker = index.entity(claim.speakerId);
    const text = speaker === undefined ? null : saidText(index, claim);
    if (speaker === undefined || text === null) continue;
    bySpeaker.set(speaker.id, [...(bySpeaker.get(speaker.id) ?? []), { entity: speaker, text, evidence: claim.evidence, ref: { type: 'CLAIM', id: claim.id } }]);
  }
  const out: MatchingQuestion[] = [];
  for (let k = 0; ; k++) {
    const pairs = [...bySpeaker.values()].map((list) => list[k]).filter((p): p is Pair => p !== undefined).slice(0, MAX_PAIRS);
    if (pairs.length < MIN_PAIRS) break;
    const q = matchingQuestion(index, `said:${k}`, 'Match each speaker to what the article reports they said.', pairs, true);
    if (q !== null) out.push(q);
  }
  return out;
}

/** People to their roles, and organisations to theirs, from entity descriptions. */
function roleMatching(index: FactIndex): MatchingQuestion[] {
  const usable = index.facts.entities.filter(
    (e) =>
      e.description !== null &&
      index.actorIds.has(e.id) &&
      // Compared with the names shown (aliases may carry the title itself: "Ukrainian President …").
      ![e.name, index.displayName(e)].some((n) => sharesWordStem(e.description as string, n)) &&
      index.facts.mentions.some((m) => m.entityId === e.id),
  );
  const groups: [string, string, NewsEntity[]][] = [
    ['roles:people', 'Match each person to the role the article gives them.', usable.filter((e) => e.kind === 'PERSON')],
    ['roles:bodies', 'Match each organisation or group to how the article describes it.', usable.filter((e) => e.kind !== 'PERSON' && e.kind !== 'PLACE')],
  ];
  const out: MatchingQuestion[] = [];
  for (const [variant, prompt, entities] of groups) {
    const pairs: Pair[] = [];
    for (const e of entities) {
      const description = e.description as string;
      // Two actors with the same description could be matched either way.
      if (pairs.some((p) => p.text.toLowerCase() === description.toLowerCase())) continue;
      const mentions = index.facts.mentions.filter((m) => m.entityId === e.id).map((m) => m.evidence);
      const describing = mentions.filter((m) => m.text.length > e.name.length);
      pairs.push({ entity: e, text: description, evidence: (describing.length > 0 ? describing : mentions).slice(0, 1), ref: { type: 'ENTITY', id: e.id } });
    }
    const q = matchingQuestion(index, variant, prompt, pairs.slice(0, MAX_PAIRS), false);
    if (q !== null) out.push(q);
  }
  return out;
}

export function matchingQuestions(index: FactIndex): Question[] {
  return [...speakerMatching(index), ...roleMatching(index)];
}

/** "Russia’s armed forces" describes "Russian forces" too plainly to be matched by reading: shared word stems give it away. */
function sharesWordStem(description: string, name: string): boolean {
  const stems = (t: string): string[] => contentTokens(t).map((w) => w.slice(0, 5));
  const d = new Set(stems(description));
  return stems(name).some((w) => d.has(w));
}
