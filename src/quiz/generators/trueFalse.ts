// TRUE_FALSE: true statements from claims; false ones made by changing exactly one thing (the
// speaker, the number, the place or the standing) to something the same text plainly contradicts.
// Silence is no contradiction: a negative statement ("has not confirmed") keeps its speaker and is
// made false by flipping the doubt into backing, never by pinning it on someone else.
import type { Claim, FactRef, Quantity } from '../../domain/facts';
import type { Question, TrueFalseQuestion } from '../../domain/question';
import { cite } from '../compose/evidence';
import { trueFalseQuestion } from '../compose/trueFalseQuestion';
import { claimGist, claimStatement, refersToSpeaker, speakerLead } from '../facts/claimText';
import { placePhrase } from '../facts/entityFamily';
import type { FactIndex } from '../facts/factIndex';
import { changedValue, numberSimilarity, quantityAsWritten, sourcePhrase, writeLike } from '../facts/quantityText';
import { entitiesNamedIn, entityDistractors, entitySimilarity } from '../distractors/entityDistractors';
import { speakerDistractors } from '../distractors/speakerDistractors';
import { capitalize } from '../text/format';
import { contentTokens } from '../text/normalize';
import { findNumbers } from '../text/numbers';
import { standingClass } from '../text/standing';
import { responseGroups } from './responseGroups';

function claimRef(claim: Claim): FactRef {
  return { type: 'CLAIM', id: claim.id };
}

function trueFromClaim(index: FactIndex, claim: Claim): TrueFalseQuestion | null {
  const statement = claimStatement(index, claim);
  if (statement === null) return null;
  const swapped = speakerDistractors(index, claim, statement, 1)[0];
  const speaker = index.entity(claim.speakerId);
  return trueFalseQuestion(index, {
    variant: 'true',
    statement,
    value: true,
    explanation: `True: ${cite(index, claim.evidence)}.`,
    evidence: claim.evidence,
    tests: [claimRef(claim)],
    similarity: speaker !== undefined && swapped !== undefined ? entitySimilarity(index, speaker, swapped) : 0,
    sourceInference: false,
  });
}

/** Whether a statement denies or withholds something ("has not confirmed", "no evidence", "did not back"). */
export function isNegative(statement: string): boolean {
  return contentTokens(statement).some((t) => t.startsWith('not_'));
}

function wrongSpeaker(index: FactIndex, claim: Claim): TrueFalseQuestion | null {
  const speaker = index.entity(claim.speakerId);
  const lead = speakerLead(index, claim);
  const statement = claimStatement(index, claim);
  if (speaker === undefined || lead === null || statement === null) return null;
  // Swapping who speaks is only sound for a positive statement: that someone else "has not
  // confirmed" or "did not back" something is not contradicted by the text, merely not in it.
  if (standingClass(claim.standing) !== 'BACKS' || isNegative(statement)) return null;
  const rest = statement.slice(lead.length);
  // "Rutte said he discussed …" would change who "he" is; such statements are not swapped.
  if (refersToSpeaker(rest)) return null;
  const other = speakerDistractors(index, claim, rest, 1)[0];
  if (other === undefined) return null;
  return trueFalseQuestion(index, {
    variant: `speaker:${other.id}`,
    statement: `${capitalize(index.displayName(other))}${rest}`,
    value: false,
    explanation: `False: it was ${index.displayName(speaker)}, not ${index.displayName(other)}: ${cite(index, claim.evidence)}.`,
    evidence: claim.evidence,
    tests: [claimRef(claim)],
    similarity: entitySimilarity(index, speaker, other),
    sourceInference: true,
  });
}

function wrongNumber(index: FactIndex, claim: Claim, q: Quantity): TrueFalseQuestion | null {
  const statement = claimStatement(index, claim);
  if (statement === null) return null;
  const spans = findNumbers(statement).filter((n) => n.value === q.value);
  const span = spans[0];
  if (span === undefined || spans.length > 1) return null;
  const value = changedValue(index, q);
  return trueFalseQuestion(index, {
    variant: `number:${q.id}`,
    statement: `${statement.slice(0, span.start)}${writeLike(span.text, value)}${statement.slice(span.end)}`,
    value: false,
    explanation: `False: ${sourcePhrase(index, q) === 'the article' ? 'the article gives' : `${sourcePhrase(index, q)} gave`} ${quantityAsWritten(q)}: ${cite(index, [q.evidence])}.`,
    evidence: [q.evidence, ...claim.evidence.filter((e) => e.sentenceIndex !== q.evidence.sentenceIndex)],
    tests: [claimRef(claim), { type: 'QUANTITY', id: q.id }],
    similarity: numberSimilarity(q.value, value),
    sourceInference: false,
  });
}

/** Negations a doubt is worded with, and the positive wording the text plainly contradicts. */
const DOUBT_FLIPS: readonly (readonly [RegExp, string])[] = [
  [/\b(has|have) not (confirmed|backed)\b/, '$1 $2'],
  [/\bdid not confirm\b/, 'confirmed'],
  [/\bdid not back\b/, 'backed'],
  [/\b(has|have) no evidence\b/, '$1 evidence'],
];

/**
 * A doubt made false by turning it into backing, for the same speaker: "The U.S. has not confirmed
 * that …" → "The U.S. has confirmed that …". The text says the opposite, so "false" is provable.
 */
function flippedDoubt(index: FactIndex, claim: Claim): TrueFalseQuestion | null {
  const statement = claimStatement(index, claim);
  if (statement === null || standingClass(claim.standing) !== 'DOUBTS') return null;
  const matching = DOUBT_FLIPS.filter(([pattern]) => pattern.test(statement));
  const only = matching[0];
  if (only === undefined || matching.length > 1 || [...statement.matchAll(new RegExp(only[0].source, 'g'))].length > 1) return null;
  const flipped = statement.replace(only[0], only[1]);
  // A second negation left in the statement would make it unclear what was flipped.
  if (isNegative(flipped)) return null;
  return trueFalseQuestion(index, {
    variant: 'flipped-doubt',
    statement: flipped,
    value: false,
    explanation: `False: the article reports doubt, not backing: ${cite(index, claim.evidence)}.`,
    evidence: claim.evidence,
    tests: [claimRef(claim)],
    similarity: 0.5,
    sourceInference: true,
  });
}

/** "X spoke in Brussels when saying that …", once per speaker and place, true and with another place. */
function placeStatements(index: FactIndex): TrueFalseQuestion[] {
  const out: TrueFalseQuestion[] = [];
  const done = new Set<string>();
  for (const claim of index.facts.claims) {
    const speaker = index.entity(claim.speakerId);
    const place = index.entity(claim.placeId);
    const gist = claimGist(index, claim);
    if (speaker === undefined || place === undefined || gist === null || done.has(`${speaker.id}|${place.id}`)) continue;
    done.add(`${speaker.id}|${place.id}`);
    const tail = ` when saying that ${index.embed(gist)}`;
    const otherPlaces = index.facts.claims.filter((c) => c.speakerId === speaker.id && c.placeId !== null).map((c) => c.placeId as string);
    const wrong = entityDistractors(index, {
      answer: place,
      role: 'place',
      exactKind: false,
      exclude: new Set([...otherPlaces, ...entitiesNamedIn(index, gist)]),
      prefer: (e) => e.kind === 'PLACE',
      max: 1,
    })[0];
    const tests: FactRef[] = [claimRef(claim), { type: 'ENTITY', id: place.id }];
    const similarity = wrong === undefined ? 0 : entitySimilarity(index, place, wrong);
    const t = trueFalseQuestion(index, {
      variant: `place:${place.id}`,
      statement: `${capitalize(index.displayName(speaker))} spoke in ${placePhrase(place, index.displayName(place))}${tail}`,
      value: true,
      explanation: `True: ${cite(index, claim.evidence)}.`,
      evidence: claim.evidence,
      tests,
      similarity,
      sourceInference: false,
    });
    if (t !== null) out.push(t);
    if (wrong === undefined) continue;
    const f = trueFalseQuestion(index, {
      variant: `place:${wrong.id}`,
      statement: `${capitalize(index.displayName(speaker))} spoke in ${placePhrase(wrong, index.displayName(wrong))}${tail}`,
      value: false,
      explanation: `False: ${index.displayName(speaker)} was in ${placePhrase(place, index.displayName(place))}, not ${placePhrase(wrong, index.displayName(wrong))}: ${cite(index, claim.evidence)}.`,
      evidence: claim.evidence,
      tests,
      similarity,
      sourceInference: false,
    });
    if (f !== null) out.push(f);
  }
  return out;
}

/** "Rutte did not confirm Zelensky's claim that …" (true) and "Rutte confirmed …" (false). */
function standingStatements(index: FactIndex): TrueFalseQuestion[] {
  const out: TrueFalseQuestion[] = [];
  for (const group of responseGroups(index)) {
    if (standingClass(group.standing) !== 'DOUBTS') continue;
    const about = `${capitalize(index.displayName(group.claimant))}’s claim that ${index.embed(group.gist)}`;
    const evidence = group.responses.flatMap((c) => c.evidence);
    const tests: FactRef[] = [...group.responses.map(claimRef), claimRef(group.target)];
    const t = trueFalseQuestion(index, {
      variant: 'standing:true',
      statement: `${capitalize(index.displayName(group.responder))} did not confirm ${about}`,
      value: true,
      explanation: `True: ${cite(index, evidence)}.`,
      evidence,
      tests,
      similarity: 0.5,
      sourceInference: true,
    });
    const f = trueFalseQuestion(index, {
      variant: 'standing:false',
      statement: `${capitalize(index.displayName(group.responder))} confirmed ${about}`,
      value: false,
      explanation: `False: ${index.displayName(group.responder)} did not back the claim: ${cite(index, evidence)}.`,
      evidence,
      tests,
      similarity: 0.5,
      sourceInference: true,
    });
    for (const q of [t, f]) if (q !== null) out.push(q);
  }
  return out;
}

export function trueFalseQuestions(index: FactIndex): Question[] {
  const out: Question[] = [];
  for (const claim of index.facts.claims) {
    for (const q of [trueFromClaim(index, claim), wrongSpeaker(index, claim), flippedDoubt(index, claim)]) if (q !== null) out.push(q);
    for (const quantity of index.facts.quantities) {
      if (quantity.claimId !== claim.id) continue;
      const q = wrongNumber(index, claim, quantity);
      if (q !== null) out.push(q);
    }
  }
  return [...out, ...placeStatements(index), ...standingStatements(index)];
}
