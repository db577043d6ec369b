// SOURCE_AND_STANDING: reading news, not only remembering it. Who did not confirm what, which claim
// a responder doubted, and whose figure a number is when it reached the article through someone else.
import type { Claim, FactRef, NewsEntity, Quantity } from '../../domain/facts';
import type { ChoiceQuestion, Question } from '../../domain/question';
import { choiceQuestion, type OptionDraft } from '../compose/choiceQuestion';
import { cite, mergeEvidence, where } from '../compose/evidence';
import { claimGist, refersToSpeaker } from '../facts/claimText';
import type { FactIndex } from '../facts/factIndex';
import { capitalize } from '../text/format';
import { figureClaim, numberSimilarity, quantityAsWritten } from '../facts/quantityText';
import { coSpeakers } from '../distractors/speakerDistractors';
import { containsPhrase, textSimilarity } from '../text/normalize';
import { DOUBT_VERBS, RESPONSE_PHRASES, standingClass, type StandingClass } from '../text/standing';
import { responseGroups, type ResponseGroup } from './responseGroups';

/** How far apart two standing classes read: a doubt is nearer a denial than a confirmation. */
export function standingSimilarity(a: StandingClass, b: StandingClass): number {
  if (a === b) return 1;
  return (a === 'DOUBTS' && b === 'DENIES') || (a === 'DENIES' && b === 'DOUBTS') ? 0.6 : 0.4;
}

function groupRefs(group: ResponseGroup): FactRef[] {
  return [...group.responses.map((c) => ({ type: 'CLAIM' as const, id: c.id })), { type: 'CLAIM', id: group.target.id }];
}

/** "What did Rutte say about Zelensky's claim that …?" — options from standing classes that exclude each other. */
function responseQuestion(index: FactIndex, group: ResponseGroup): ChoiceQuestion | null {
  const answerClass = standingClass(group.standing);
  const evidence = mergeEvidence(...group.responses.map((c) => c.evidence));
  const wrong = (['CONFIRMED', 'DENIED', 'NOT_CONFIRMED'] as const).filter((s) => standingClass(s) !== answerClass);
  return choiceQuestion({
    kind: 'SOURCE_AND_STANDING',
    variant: 'response',
    prompt: `What did ${index.displayName(group.responder)} say about ${index.displayName(group.claimant)}’s claim that ${index.embed(group.gist)}?`,
    correct: { text: RESPONSE_PHRASES[group.standing], rationale: `Right: ${cite(index, evidence)}.` },
    distractors: wrong.map((s) => ({
      text: RESPONSE_PHRASES[s],
      rationale:
        s === 'CONFIRMED'
          ? `Wrong: the article says ${index.displayName(group.responder)} did not back the claim ${where(index, evidence)}.`
          : s === 'DENIED'
            ? `Wrong: ${index.displayName(group.responder)} did not call the claim false; the article reports doubt, not denial ${where(index, evidence)}.`
            : `Wrong: ${index.displayName(group.responder)} did not doubt the claim ${where(index, evidence)}.`,
      similarity: standingSimilarity(answerClass, standingClass(s)),
    })),
    explanation: `${capitalize(index.displayName(group.responder))} did not take ${index.displayName(group.claimant)}’s claim as established: ${cite(index, evidence)}.`,
    evidence: mergeEvidence(evidence, group.target.evidence.slice(0, 1)),
    tests: groupRefs(group),
    sourceInference: true,
  });
}

/** Claims nobody doubted, that share no actor other than a country with the doubted claim. */
function undoubtedClaims(index: FactIndex, group: ResponseGroup): Claim[] {
  const doubted = new Set(index.facts.claims.map((c) => c.respondsToId).filter((id): id is string => id !== null));
  const sharedActors = new Set(group.target.subjectIds.filter((id) => index.entity(id)?.kind !== 'COUNTRY'));
  const candidates = index.facts.claims.filter(
    (c) =>
      c.id !== group.target.id &&
      !doubted.has(c.id) &&
      standingClass(c.standing) === 'BACKS' &&
      c.speakerId !== group.target.speakerId &&
      !c.subjectIds.some((id) => sharedActors.has(id)),
  );
  const rank = (c: Claim): number => (c.speakerId === group.responder.id ? 0 : c.speakerId === null ? 1 : 2);
  return candidates.sort((a, b) => rank(a) - rank(b));
}

/** "Rutte said there was no evidence for one of these claims. Which one?" */
function doubtedClaimQuestion(index: FactIndex, group: ResponseGroup): ChoiceQuestion | null {
  if (standingClass(group.standing) !== 'DOUBTS') return null;
  const answer = capitalize(group.gist);
  const distractors: OptionDraft[] = [];
  for (const c of undoubtedClaims(index, group)) {
    const gist = claimGist(index, c);
    if (gist === null || refersToSpeaker(gist) || textSimilarity(gist, group.gist) >= 0.3) continue;
    const by = index.entity(c.speakerId);
    distractors.push({
      text: capitalize(gist),
      rationale: `Wrong: ${by === undefined ? 'the article states this in its own voice' : `${capitalize(index.displayName(by))} said this`} ${where(index, c.evidence.slice(0, 1))}, and ${index.displayName(group.responder)} did not question it.`,
      similarity: textSimilarity(gist, group.gist),
    });
  }
  const evidence = mergeEvidence(...group.responses.map((c) => c.evidence), group.target.evidence.slice(0, 1));
  return choiceQuestion({
    kind: 'SOURCE_AND_STANDING',
    variant: 'doubted-claim',
    prompt: `${capitalize(index.displayName(group.responder))} ${DOUBT_VERBS[group.standing]} one of these claims. Which one?`,
    correct: { text: answer, rationale: `Right: this is ${index.displayName(group.claimant)}’s claim, which ${index.displayName(group.responder)} did not back ${where(index, evidence)}.` },
    distractors,
    explanation: `${capitalize(index.displayName(group.claimant))} made the claim ${where(index, group.target.evidence.slice(0, 1))}; ${index.displayName(group.responder)} did not back it: ${cite(index, group.responses.flatMap((c) => c.evidence))}.`,
    evidence,
    tests: groupRefs(group),
    sourceInference: true,
  });
}

/** "Whose figure is around 12,000 troops?" — the relaying outlet and other sources' figures are the traps. */
function whoseFigureQuestion(index: FactIndex, q: Quantity): ChoiceQuestion | null {
  const source = index.entity(q.sourceId);
  if (source === undefined) return null;
  const claim = q.claimId === null ? undefined : index.claims.get(q.claimId);
  const via = index.entity(claim?.viaId ?? null);
  const prompt = `One source puts ${figureClaim(q)}. Whose figure is it?`;
  if (index.namesOf(source).some((n) => containsPhrase(prompt, n))) return null;
  const distractors: OptionDraft[] = [];
  const taken = new Set<string>([source.id]);
  if (via !== undefined && !taken.has(via.id)) {
    taken.add(via.id);
    distractors.push({
      text: capitalize(index.displayName(via)),
      rationale: `Wrong: ${index.displayName(via)} reported the figure; it is ${index.displayName(source)}’s ${where(index, [q.evidence])}.`,
      similarity: 0.8,
    });
  }
  const sameValue = new Set(index.facts.quantities.filter((o) => o.measure === q.measure && o.value === q.value).map((o) => o.sourceId));
  for (const other of index.facts.quantities) {
    const by: NewsEntity | undefined = index.entity(other.sourceId);
    if (by === undefined || taken.has(by.id) || other.measure !== q.measure || sameValue.has(by.id)) continue;
    if (index.linkedEntityIds(source.id).has(by.id) || containsPhrase(prompt, index.displayName(by))) continue;
    taken.add(by.id);
    distractors.push({
      text: capitalize(index.displayName(by)),
      rationale: `Wrong: ${index.displayName(by)} gave a different figure, ${quantityAsWritten(other)} ${where(index, [other.evidence])}.`,
      similarity: numberSimilarity(q.value, other.value),
    });
  }
  // Other sources the article quotes, who gave no such figure: plainly wrong, but the same sort of
  // answer. Not whoever said the same thing, nor anyone tied to the source.
  const alsoSaid = claim === undefined ? new Set<string>() : coSpeakers(index, claim);
  for (const id of index.speakerIds) {
    const by = index.entity(id);
    if (by === undefined || taken.has(id) || by.kind === 'GROUP' || alsoSaid.has(id) || sameValue.has(id)) continue;
    if (index.linkedEntityIds(source.id).has(id) || index.namesOf(by).some((n) => containsPhrase(prompt, n))) continue;
    if (index.facts.quantities.some((o) => o.sourceId === id && o.measure === q.measure)) continue;
    taken.add(id);
    distractors.push({
      text: capitalize(index.displayName(by)),
      rationale: `Wrong: ${index.displayName(by)} gives no such figure in the article; it is ${index.displayName(source)}’s ${where(index, [q.evidence])}.`,
      similarity: 0.4,
    });
  }
  const evidence = mergeEvidence(claim?.evidence.slice(0, 1) ?? [], [q.evidence]);
  return choiceQuestion({
    kind: 'SOURCE_AND_STANDING',
    variant: 'whose-figure',
    prompt,
    correct: { text: capitalize(index.displayName(source)), rationale: `Right: the figure is ${index.displayName(source)}’s ${where(index, evidence)}.` },
    distractors,
    explanation: `It is ${index.displayName(source)}’s figure${via === undefined ? '' : `, as reported by ${index.displayName(via)}`}: ${cite(index, evidence)}.`,
    evidence,
    tests: [
      { type: 'QUANTITY', id: q.id },
      { type: 'ENTITY', id: source.id },
    ],
    sourceInference: true,
  });
}

export function sourceAndStandingQuestions(index: FactIndex): Question[] {
  const out: (ChoiceQuestion | null)[] = [];
  for (const group of responseGroups(index)) out.push(responseQuestion(index, group), doubtedClaimQuestion(index, group));
  for (const q of index.facts.quantities) out.push(whoseFigureQuestion(index, q));
  return out.filter((q): q is ChoiceQuestion => q !== null);
}
