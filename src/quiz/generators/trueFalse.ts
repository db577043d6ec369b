// TRUE_FALSE: true statements state who said what ("<Speaker> said <content>", reported speech,
// one clause: facts/reportedClaim.ts), never the article's own sentence copied. False ones change
// one thing the text plainly contradicts and a reader must read to reject: the speaker (another
// speaker of the article who said something else), a main figure (another figure the text gives
// for the same kind of thing, or one clearly different), the actor (another of the same kind the
// article names), the place, or the standing. Incidental figures (a modifier, one detail of a long
// sentence) are never changed. Silence is no contradiction: a negative statement ("has not
// confirmed") keeps its speaker and is made false by flipping the doubt into backing.
import type { Claim, FactRef, NewsEntity, Quantity } from '../../domain/facts';
import type { Question, TrueFalseQuestion } from '../../domain/question';
import { cite } from '../compose/evidence';
import { trueFalseQuestion } from '../compose/trueFalseQuestion';
import { claimGist, claimStatement, refersToSpeaker, speakerLead } from '../facts/claimText';
import { familyOf, placePhrase } from '../facts/entityFamily';
import type { FactIndex } from '../facts/factIndex';
import { isMainFigure, soleFigure } from '../facts/mainFigure';
import { coTrueValues, numberSimilarity, quantityAsWritten, sourcePhrase, writeLike } from '../facts/quantityText';
import { copiesWording } from '../facts/ownVoice';
import { ownVoicePoint, reportedClaim, reportedStatement, type ReportedClaim } from '../facts/reportedClaim';
import { personPronoun } from '../facts/speakerVoice';
import { openingEntity } from '../rules/noFalseBySilence';
import { entitiesNamedIn, entityDistractors, entitySimilarity } from '../distractors/entityDistractors';
import { speakerDistractors } from '../distractors/speakerDistractors';
import { capitalize, unitFor } from '../text/format';
import { containsPhrase, contentTokens, textSimilarity } from '../text/normalize';
import { standingClass } from '../text/standing';
import { responseGroups } from './responseGroups';
import { escapeRegExp } from '../text/regExp';

function claimRef(claim: Claim): FactRef {
  return { type: 'CLAIM', id: claim.id };
}

/**
 * The claim as a statement: "<Speaker> said <content>" in reported speech for a named speaker, a
 * curated paraphrase that names its speaker elsewhere ("Zelensky’s five-point plan …") as it
 * stands, the article's own-voice sentence cut to stand alone. Null when none can be made soundly.
 */
export function statementOf(index: FactIndex, claim: Claim): { statement: string; reported: ReportedClaim | null } | null {
  const reported = reportedClaim(index, claim);
  if (reported !== null) return { statement: reportedStatement(reported), reported };
  const speaker = index.entity(claim.speakerId);
  if (speaker === undefined) {
    const own = claimStatement(index, claim);
    const point = own === null ? null : ownVoicePoint(own);
    return point === null ? null : { statement: point, reported: null };
  }
  // A curated paraphrase naming its speaker in the possessive ("Zelensky’s five-point plan calls for …") states who said what as it stands.
  const possessive = index.namesOf(speaker).some((n) => new RegExp(`^(the )?${escapeRegExp(n.replace(/^the /i, ''))}[’']s `, 'i').test(claim.paraphrase));
  const statement = possessive ? claimStatement(index, claim) : null;
  return statement === null ? null : { statement, reported: null };
}


function trueFromClaim(index: FactIndex, claim: Claim): TrueFalseQuestion | null {
  const made = statementOf(index, claim);
  if (made === null) return null;
  // The article's own-voice sentence behind "According to the article" (cut or whole) is
  // recognition, not reading: such claims give false statements (a figure, an actor changed), never
  // true ones; only a paraphrase in other words (curated facts) is. An own-voice opinion is no fact.
  if (claim.speakerId === null && (claim.modality === 'OPINION' || copiesWording(index, made.statement))) return null;
  const swapped = speakerDistractors(index, claim, made.statement, 1)[0];
  const speaker = index.entity(claim.speakerId);
  return trueFalseQuestion(index, {
    variant: 'true',
    statement: made.statement,
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

/**
 * Who said what: the claim given to another speaker of the same article, one of the same sort (a
 * person for a person) who said something else. A "he" in the statement must still fit the new
 * speaker, so people are swapped only where the article gives both the same pronoun.
 */
export function otherSpeaker(index: FactIndex, claim: Claim, reported: ReportedClaim): NewsEntity | undefined {
  const speaker = reported.speaker;
  const pronoun = /\b(he|him|his|himself|she|her|hers|herself)\b/i.test(reported.rest);
  const selfIt = /\b(it|its|itself|they|them|their|themselves)\b/i.test(reported.rest);
  return speakerDistractors(index, claim, reported.rest, 6).find((other) => {
    if (!index.speakerIds.has(other.id) || familyOf(other.kind, 'actor') !== familyOf(speaker.kind, 'actor')) return false;
    // A speaker none of whose claims can be stated is likely a misread one ("Information" for a minister's title).
    if (!index.facts.claims.some((c) => c.speakerId === other.id && reportedClaim(index, c) !== null)) return false;
    if (pronoun && (speaker.kind !== 'PERSON' || personPronoun(index, speaker) === null || personPronoun(index, other) !== personPronoun(index, speaker))) return false;
    if (selfIt && other.kind !== speaker.kind) return false;
    return true;
  });
}

/**
 * `other`'s name written the way `written` names `speaker`: a surname for a surname ("Rutte" →
 * "Zelensky", not "Volodymyr Zelensky"), the full name otherwise. True statements keep the name as
 * the article writes it; a false one naming the stand-in in full would mark every swap.
 */
export function nameLike(index: FactIndex, written: string, speaker: NewsEntity, other: NewsEntity): string {
  const full = index.displayName(other);
  if (speaker.kind !== 'PERSON' || other.kind !== 'PERSON') return full;
  const bare = written.replace(/^the /i, '').trim();
  const surname = (e: NewsEntity): string => e.name.trim().split(/\s+/).at(-1) ?? e.name;
  if (bare !== surname(speaker) || bare === speaker.name) return full;
  const short = surname(other);
  return short !== other.name && index.facts.articles.some((a) => new RegExp(`\\b${escapeRegExp(short)}\\b`).test(a.body)) ? short : full;
}

function wrongSpeaker(index: FactIndex, claim: Claim): TrueFalseQuestion | null {
  const made = statementOf(index, claim);
  const speaker = index.entity(claim.speakerId);
  if (made === null || speaker === undefined) return null;
  // Swapping who speaks is only sound for a positive statement: that someone else "has not
  // confirmed" or "did not back" something is not contradicted by the text, merely not in it.
  if (standingClass(claim.standing) !== 'BACKS' || isNegative(made.statement)) return null;
  let rest: string;
  let other: NewsEntity | undefined;
  if (made.reported !== null) {
    rest = made.reported.rest;
    other = otherSpeaker(index, claim, made.reported);
  } else {
    const lead = speakerLead(index, claim);
    if (lead === null || !made.statement.startsWith(lead)) return null;
    rest = made.statement.slice(lead.length);
    // "Rutte said he discussed …" would change who "he" is; such statements are not swapped.
    if (refersToSpeaker(rest)) return null;
    other = speakerDistractors(index, claim, rest, 1)[0];
  }
  if (other === undefined) return null;
  const written = made.reported?.name ?? speakerLead(index, claim) ?? index.displayName(speaker);
  return trueFalseQuestion(index, {
    variant: `speaker:${other.id}`,
    statement: `${capitalize(nameLike(index, written, speaker, other))}${rest}`,
    value: false,
    explanation: `False: it was ${index.displayName(speaker)}, not ${index.displayName(other)}: ${cite(index, claim.evidence)}.`,
    evidence: claim.evidence,
    tests: [claimRef(claim)],
    similarity: entitySimilarity(index, speaker, other),
    sourceInference: true,
  });
}

/** Another figure of the same text for the same kind of thing (the same unit and measure), which this statement does not give. */
function confusableFigures(index: FactIndex, q: Quantity): Quantity[] {
  const coTrue = coTrueValues(index, q);
  const seen = new Set<number>();
  return index.facts.quantities.filter((other) => {
    if (other.id === q.id || other.measure !== q.measure || unitFor(other.unit, 2).toLowerCase() !== unitFor(q.unit, 2).toLowerCase()) return false;
    if (coTrue.has(other.value) || seen.has(other.value) || (other.claimId !== null && other.claimId === q.claimId)) return false;
    // 32 and 350 projects may be confused; $250,000 and $110 billion may not: the swap would be absurd.
    if (numberSimilarity(q.value, other.value) < MIN_CONFUSABLE_SIMILARITY) return false;
    seen.add(other.value);
    return true;
  });
}

function whoGives(index: FactIndex, q: Quantity): string {
  return sourcePhrase(index, q) === 'the article' ? 'the article gives' : `${sourcePhrase(index, q)} gave`;
}

/**
 * A statement whose main figure is changed to another figure the text gives for the same kind of
 * thing ("350 construction projects were approved", when 32 were approved and 350 are potential).
 * A figure that is a detail of a long sentence, a modifier ("26-hour visit") or one of several is
 * never changed, and never to a figure the text does not give.
 */
function wrongFigure(index: FactIndex, claim: Claim, q: Quantity): TrueFalseQuestion | null {
  const made = statementOf(index, claim);
  if (made === null) return null;
  const span = soleFigure(made.statement, q);
  if (span === null || !isMainFigure(made.statement, span, q)) return null;
  const swap = (value: number): string => `${made.statement.slice(0, span.start)}${writeLike(span.text, value)}${made.statement.slice(span.end)}`;
  const confused = confusableFigures(index, q)[0];
  if (confused !== undefined) {
    return trueFalseQuestion(index, {
      variant: `figure:${confused.id}`,
      statement: swap(confused.value),
      value: false,
      explanation: `False: ${whoGives(index, q)} ${quantityAsWritten(q)} here: ${cite(index, [q.evidence])}; ${quantityAsWritten(confused)} is another figure: ${cite(index, [confused.evidence])}.`,
      evidence: [q.evidence, ...claim.evidence.filter((e) => e.sentenceIndex !== q.evidence.sentenceIndex), confused.evidence],
      // The other figure is cited, not tested: the statement must say something its tested facts do not.
      tests: [claimRef(claim), { type: 'QUANTITY', id: q.id }],
      similarity: Math.max(0.5, numberSimilarity(q.value, confused.value)),
      sourceInference: true,
    });
  }
  // A figure the text never gives, put in its place ("69 seconds" for 45.9, "18 helicopters" for
  // 12), is no longer made: two teacher reviews deleted 13 of 14 such items as traps on a detail.
  return null;
}

/** Figures further apart than this factor (1/20) are not confusable: one would be absurd in the other's place. */
export const MIN_CONFUSABLE_SIMILARITY = 0.05;


/** How the statement opens with the actor's name ("The Pentagon", "Kmart"), and what follows it. */
function splitOpening(index: FactIndex, actor: NewsEntity, statement: string): string | null {
  const names = [...index.namesOf(actor)].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const bare = name.replace(/^the /i, '');
    for (const head of [bare, `the ${bare}`]) {
      if (bare !== '' && statement.toLowerCase().startsWith(`${head.toLowerCase()} `) && /^[a-z]/.test(statement.slice(head.length + 1))) return statement.slice(head.length);
    }
  }
  return null;
}

/** Least share of words a sentence naming the stand-in may share with the statement before it could be saying the same of them. */
const LIKE_STATEMENT_SIMILARITY = 0.35;

/**
 * Who did it: an own-voice statement that opens with an actor, given to another actor of the same
 * kind that the article names in a like role (a company for a company, a country for a country:
 * a speaker or a subject of its claims), where no sentence naming the stand-in says anything like
 * it. Only positive statements: that someone else did not do something is no contradiction.
 */
function wrongActor(index: FactIndex, claim: Claim): TrueFalseQuestion | null {
  if (claim.speakerId !== null || claim.modality === 'OPINION') return null;
  const made = statementOf(index, claim);
  if (made === null || isNegative(made.statement)) return null;
  const opening = openingEntity(index, made.statement);
  const actor = opening === undefined ? undefined : index.entity(opening.id);
  // People, bodies and countries act; a place or a loose group ("organizers") is no one to swap.
  if (actor === undefined || !['PERSON', 'ORGANIZATION', 'COUNTRY', 'GOVERNMENT', 'AGENCY'].includes(actor.kind)) return null;
  const rest = splitOpening(index, actor, made.statement);
  // "Kmart said it …", "Abacha had not announced his candidacy": the pronoun would follow the swap.
  // "Train services were suspended": the opening name was a modifier of the subject, not the subject.
  if (rest !== null && /^\s[a-z]+s\s+(?:were|are|was|is|have|has|had|will|would|can|could)\b/.test(rest)) return null;
  if (rest === null || refersToSpeaker(rest) || !/^\s(?:[a-z]+s|[a-z]+ed|is|are|was|were|has|have|had|will|would|can|could|did|paid|made|won|led|left|took|gave|sent|sold|held|met|became|began|struck|fell|went|got|bought|built|brought|caught|found|told|gave|ran|saw|wrote|spoke|won|lost|kept)\b/.test(rest)) return null;
  const named = entitiesNamedIn(index, made.statement);
  const linked = index.linkedEntityIds(actor.id);
  const sentences = index.facts.articles.flatMap((a) => a.sentences.map((x) => x.text));
  const standIn = index.facts.entities
    .filter((e) => {
      if (e.id === actor.id || e.kind !== actor.kind || named.has(e.id) || linked.has(e.id) || index.linkedEntityIds(e.id).has(actor.id)) return false;
      // Named more than once and an actor of the article's claims: not a name read out of a title.
      if (!index.actorIds.has(e.id) || !index.isNamedInText(e) || index.mentionCount(e.id) < 2) return false;
      const names = index.namesOf(e);
      return !sentences.some((x) => names.some((n) => containsPhrase(x, n)) && textSimilarity(x, made.statement) >= LIKE_STATEMENT_SIMILARITY);
    })
    .sort((a, b) => entitySimilarity(index, actor, b) - entitySimilarity(index, actor, a) || (a.id < b.id ? -1 : 1))[0];
  if (standIn === undefined) return null;
  return trueFalseQuestion(index, {
    variant: `actor:${standIn.id}`,
    statement: `${capitalize(index.displayName(standIn))}${rest}`,
    value: false,
    explanation: `False: it was ${index.displayName(actor)}, not ${index.displayName(standIn)}: ${cite(index, claim.evidence)}.`,
    evidence: claim.evidence,
    tests: [claimRef(claim)],
    similarity: entitySimilarity(index, actor, standIn),
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
  const statement = statementOf(index, claim)?.statement ?? null;
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
      // A place the same sentence names ("Baltimore, Maryland") may hold the right one: no wrong answer.
      exclude: new Set([...otherPlaces, ...entitiesNamedIn(index, gist), ...claim.evidence.flatMap((e) => [...entitiesNamedIn(index, index.sentenceText(e))])]),
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
    for (const q of [trueFromClaim(index, claim), wrongSpeaker(index, claim), flippedDoubt(index, claim), wrongActor(index, claim)]) if (q !== null) out.push(q);
    for (const quantity of index.facts.quantities) {
      if (quantity.claimId !== claim.id) continue;
      const q = wrongFigure(index, claim, quantity);
      if (q !== null) out.push(q);
    }
  }
  return [...out, ...placeStatements(index), ...standingStatements(index)];
}
