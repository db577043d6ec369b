// MULTIPLE_CHOICE on the facts themselves: how many, where, when, what happened, who did what.
import type { Claim, DateRef, FactRef, NewsEntity, Quantity, TimelineEntry } from '../../domain/facts';
import type { ChoiceQuestion, Question } from '../../domain/question';
import { choiceQuestion } from '../compose/choiceQuestion';
import { cite, mergeEvidence, where } from '../compose/evidence';
import { askOfArticle } from '../compose/prompts';
import { claimGist, predicateAfter } from '../facts/claimText';
import { dateAnswerText, datesOverlap, dateSimilarity } from '../facts/dates';
import { dateArguable, datedFacts, type DatedFact } from '../facts/datedFacts';
import { placePhrase, whichPhrase } from '../facts/entityFamily';
import type { FactIndex } from '../facts/factIndex';
import { MAX_SHARED_WORDS, orderableSteps, sharedWordShare } from '../facts/pastEvents';
import { askableFigure, hedgeOf, numberSimilarity, plausibleWrongValues, quantityAsWritten, quantityPrompt, sourcePhrase } from '../facts/quantityText';
import { entitiesNamedIn, entityDistractors, entitySimilarity } from '../distractors/entityDistractors';
import { capitalize, formatAmount, withoutFinalStop } from '../text/format';
import { roleTitlePredicate } from '../text/roleTitle';
import { contentTokens, normalizeName, stem } from '../text/normalize';

export function howManyQuestion(index: FactIndex, q: Quantity): ChoiceQuestion | null {
  const prompt = askableFigure(index, q) ? quantityPrompt(index, q) : null;
  if (prompt === null) return null;
  const claim = q.claimId === null ? undefined : index.claims.get(q.claimId);
  const evidence = mergeEvidence([q.evidence], claim?.evidence.slice(0, 1) ?? []);
  const source = sourcePhrase(index, q);
  // "More than 60 people" among plain figures stands out, and "more than 30" would be true too: a
  // one-sided hedge is asked as a typed figure (graded by its band), never as a choice.
  const hedge = hedgeOf(q).kind;
  if (hedge !== 'none' && hedge !== 'around') return null;
  return choiceQuestion({
    kind: 'MULTIPLE_CHOICE',
    variant: 'how-many',
    prompt,
    correct: {
      text: formatAmount(q.value, q.unit),
      rationale: `Right: ${source === 'the article' ? 'the article gives' : `${source} gives`} ${quantityAsWritten(q)} ${where(index, [q.evidence])}.`,
    },
    // Wrong figures in the answer's own unit and magnitude; another figure of the article would be
    // a second fact relabelled, and a reader who remembers it is not wrong about the text.
    distractors: plausibleWrongValues(index, q).map((value) => ({
      text: formatAmount(value, q.unit),
      rationale: `Wrong: ${source === 'the article' ? 'the article gives' : `${source} gives`} ${quantityAsWritten(q)}, not ${formatAmount(value, q.unit)}.`,
      similarity: numberSimilarity(q.value, value),
    })),
    explanation: `${source === 'the article' ? 'The article' : source} gives ${quantityAsWritten(q)}: ${cite(index, evidence)}.`,
    evidence,
    tests: [{ type: 'QUANTITY', id: q.id }],
    sourceInference: false,
  });
}

function sayPredicate(index: FactIndex, claim: Claim): string | null {
  const gist = claimGist(index, claim);
  return gist === null ? null : `say that ${index.embed(gist)}`;
}

/** Where a speaker was: one question per speaker and place, about their first claim there. */
export function whereQuestions(index: FactIndex): ChoiceQuestion[] {
  const out: ChoiceQuestion[] = [];
  const done = new Set<string>();
  for (const claim of index.facts.claims) {
    const speaker = index.entity(claim.speakerId);
    const place = index.entity(claim.placeId);
    const said = sayPredicate(index, claim);
    if (speaker === undefined || place === undefined || said === null || done.has(`${speaker.id}|${place.id}`)) continue;
    const prompt = askOfArticle(`where was ${index.displayName(speaker)} when making the statement that ${said.replace(/^say that /, '')}?`);
    const otherPlaces = new Set(
      index.facts.claims.filter((c) => c.speakerId === speaker.id && c.placeId !== null).map((c) => c.placeId as string),
    );
    const distractors = entityDistractors(index, {
      answer: place,
      role: 'place',
      exactKind: false,
      exclude: new Set([...otherPlaces, ...entitiesNamedIn(index, prompt)]),
      prefer: (e) => e.kind === 'PLACE',
    });
    const q = choiceQuestion({
      kind: 'MULTIPLE_CHOICE',
      variant: `where:${place.id}`,
      prompt,
      correct: { text: capitalize(index.displayName(place)), rationale: `Right: the article places ${index.displayName(speaker)} in ${placePhrase(place, index.displayName(place))} ${where(index, claim.evidence)}.` },
      distractors: distractors.map((d) => ({
        text: capitalize(index.displayName(d)),
        rationale: `Wrong: the article does not place ${index.displayName(speaker)} in ${placePhrase(d, index.displayName(d))} when making this statement.`,
        similarity: entitySimilarity(index, place, d),
      })),
      explanation: `${capitalize(index.displayName(speaker))} was speaking in ${placePhrase(place, index.displayName(place))}: ${cite(index, placeEvidence(index, claim, place))}.`,
      evidence: placeEvidence(index, claim, place),
      tests: [
        { type: 'CLAIM', id: claim.id },
        { type: 'ENTITY', id: place.id },
      ],
      sourceInference: false,
    });
    if (q !== null) {
      done.add(`${speaker.id}|${place.id}`);
      out.push(q);
    }
  }
  return out;
}

/** The claim's evidence, led by the sentence that names the place when another one does. */
function placeEvidence(index: FactIndex, claim: Claim, place: NewsEntity) {
  const naming = claim.evidence.filter((e) => index.namesOf(place).some((n) => normalizeName(index.sentenceText(e)).includes(normalizeName(n))));
  return mergeEvidence(naming, claim.evidence);
}

/**
 * Dates from the text that do not overlap `date`, closest first, one per wording. A date that
 * another fact about the same subject carries is refused (it could be argued right), and options
 * never overlap each other ("this week" beside "on Thursday" would let one rule out the other).
 */
function wrongDates(index: FactIndex, date: DateRef, tests: readonly FactRef[]): { text: string; date: DateRef; evidence: DatedFact['evidence'] }[] {
  const seen = new Set([normalizeName(dateAnswerText(date))]);
  const candidates: { text: string; date: DateRef; evidence: DatedFact['evidence'] }[] = [];
  for (const d of datedFacts(index)) {
    const text = dateAnswerText(d.date);
    if (datesOverlap(d.date, date) || seen.has(normalizeName(text))) continue;
    seen.add(normalizeName(text));
    candidates.push({ text, date: d.date, evidence: d.evidence });
  }
  candidates.sort((a, b) => dateSimilarity(date, b.date) - dateSimilarity(date, a.date));
  const out: typeof candidates = [];
  for (const c of candidates) {
    if (dateArguable(index, tests, c.date) || out.some((o) => datesOverlap(o.date, c.date))) continue;
    out.push(c);
  }
  return out;
}

function whenQuestion(
  index: FactIndex,
  variant: string,
  prompt: string,
  date: DateRef,
  evidence: readonly TimelineEntry['evidence'][],
  tests: FactRef[],
): ChoiceQuestion | null {
  if (date.precision === 'UNRESOLVED') return null;
  return choiceQuestion({
    kind: 'MULTIPLE_CHOICE',
    variant,
    prompt,
    correct: { text: dateAnswerText(date), rationale: `Right: the article says “${date.text}” ${where(index, evidence)}.` },
    distractors: wrongDates(index, date, tests).map((d) => ({
      text: d.text,
      rationale: `Wrong: “${d.date.text}” is when something else in the article happened ${where(index, [d.evidence])}.`,
      similarity: dateSimilarity(date, d.date),
    })),
    explanation: `The article dates it “${date.text}”: ${cite(index, evidence)}.`,
    evidence,
    tests,
    sourceInference: false,
  });
}

/** When a speaker said something (first claim per speaker and date) and when each timeline step happened. */
export function whenQuestions(index: FactIndex): ChoiceQuestion[] {
  const out: ChoiceQuestion[] = [];
  const done = new Set<string>();
  for (const claim of index.facts.claims) {
    const speaker = index.entity(claim.speakerId);
    const said = sayPredicate(index, claim);
    if (speaker === undefined || claim.date === null || said === null) continue;
    const key = `${speaker.id}|${claim.date.text}`;
    if (done.has(key)) continue;
    const q = whenQuestion(index, 'when', askOfArticle(`when did ${index.displayName(speaker)} ${said}?`), claim.date, claim.evidence, [
      { type: 'CLAIM', id: claim.id },
    ]);
    if (q !== null) {
      done.add(key);
      out.push(q);
    }
  }
  for (const { entry: t, phrase } of orderableSteps(index)) {
    const q = whenQuestion(index, 'when', askOfArticle(`when did this happen: ${index.embed(withoutFinalStop(phrase))}?`), t.date, [t.evidence], [
      { type: 'TIMELINE_ENTRY', id: t.id },
    ]);
    if (q !== null) out.push(q);
  }
  return out;
}

/** "Which of these happened in June?": other timeline steps whose dates cannot overlap are the distractors. */
export function whatHappenedQuestions(index: FactIndex): ChoiceQuestion[] {
  const out: ChoiceQuestion[] = [];
  // Short past events, not the article's clauses: "which posted internal church documents" is no
  // option, and a plan did not happen in any month.
  const steps = orderableSteps(index);
  for (const step of steps) {
    const t = step.entry;
    // Another event of the same sentence is a fair option when its date is another.
    const others = steps.filter((o) => o.entry.id !== t.id && !datesOverlap(o.entry.date, t.date) && sharedWordShare(o.phrase, step.phrase) <= MAX_SHARED_WORDS);
    const q = choiceQuestion({
      kind: 'MULTIPLE_CHOICE',
      variant: 'what-happened',
      prompt: askOfArticle(`which of these happened ${lowerCaseFirst(dateAnswerText(t.date))}?`),
      correct: { text: step.phrase, rationale: `Right: the article dates this “${t.date.text}” ${where(index, [t.evidence])}.` },
      distractors: others.map(({ entry: o, phrase }) => ({
        text: phrase,
        rationale: `Wrong: the article dates this “${o.date.text}” ${where(index, [o.evidence])}.`,
        similarity: dateSimilarity(t.date, o.date),
      })),
      explanation: `The article dates this step “${t.date.text}”: ${cite(index, [t.evidence])}.`,
      evidence: [t.evidence],
      tests: [{ type: 'TIMELINE_ENTRY', id: t.id }],
      sourceInference: false,
    });
    if (q !== null) out.push(q);
  }
  return out;
}

/**
 * Entities that could also do what the predicate says: anyone named in, or the subject of, another
 * statement sharing two or more content words with it ("fighting … Ukraine" for North Korean troops).
 */
function alsoDoing(index: FactIndex, predicate: string, answerId: string): Set<string> {
  const words = new Set(contentTokens(predicate).map(stem));
  const out = new Set<string>();
  const consider = (text: string, ids: readonly string[]): void => {
    const shared = new Set(contentTokens(text).map(stem).filter((t) => words.has(t)));
    if (shared.size < 2) return;
    for (const id of ids) out.add(id);
    for (const id of entitiesNamedIn(index, text)) out.add(id);
  };
  for (const c of index.facts.claims) consider(c.paraphrase, [...c.subjectIds, ...(c.speakerId === null ? [] : [c.speakerId])]);
  for (const r of index.facts.relations) consider(r.description, [r.subjectId, r.objectId]);
  out.delete(answerId);
  return out;
}

function whoDidWhat(index: FactIndex, text: string, subject: NewsEntity, ref: FactRef, evidence: readonly TimelineEntry['evidence'][]): ChoiceQuestion | null {
  const found = predicateAfter(text, index.namesOf(subject));
  if (found === null || /^(said|says|told)\b/.test(found)) return null;
  // "who is Captain of New Zealand?" → "who is the New Zealand captain?"
  const predicate = roleTitlePredicate(found, (name) => index.entitiesNamed(name).some((e) => e.kind === 'COUNTRY'));
  const which = whichPhrase(subject);
  const prompt = askOfArticle(`${lowerCaseFirst(which)} ${predicate}?`);
  const distractors = entityDistractors(index, {
    answer: subject,
    role: subject.kind === 'PLACE' ? 'place' : 'actor',
    exactKind: subject.kind !== 'PERSON',
    exclude: new Set([...entitiesNamedIn(index, prompt), ...alsoDoing(index, predicate, subject.id)]),
    prefer: (e) => index.actorIds.has(e.id),
  });
  return choiceQuestion({
    kind: 'MULTIPLE_CHOICE',
    variant: 'who-did-what',
    prompt,
    correct: { text: capitalize(index.displayName(subject)), rationale: `Right: the article says so of ${index.displayName(subject)} ${where(index, evidence)}.` },
    distractors: distractors.map((d) => ({
      text: capitalize(index.displayName(d)),
      rationale: `Wrong: the article says this of ${index.displayName(subject)}, not of ${index.displayName(d)}.`,
      similarity: entitySimilarity(index, subject, d),
    })),
    explanation: `${capitalize(index.displayName(subject))} is the one: ${cite(index, evidence)}.`,
    evidence,
    tests: [ref, { type: 'ENTITY', id: subject.id }],
    sourceInference: false,
  });
}

/** "Who did what" from the article's own statements and from relations, when the text opens with the actor. */
export function whoDidWhatQuestions(index: FactIndex): ChoiceQuestion[] {
  const out: ChoiceQuestion[] = [];
  for (const c of index.facts.claims) {
    if (c.speakerId !== null) continue;
    for (const id of c.subjectIds) {
      const subject = index.entity(id);
      const q = subject === undefined ? null : whoDidWhat(index, c.paraphrase, subject, { type: 'CLAIM', id: c.id }, c.evidence);
      if (q !== null) {
        out.push(q);
        break;
      }
    }
  }
  for (const r of index.facts.relations) {
    const subject = index.entity(r.subjectId);
    const q = subject === undefined ? null : whoDidWhat(index, r.description, subject, { type: 'RELATION', id: r.id }, [r.evidence]);
    if (q !== null) out.push(q);
  }
  return out;
}

export function multipleChoiceQuestions(index: FactIndex): Question[] {
  const howMany = index.facts.quantities.map((q) => howManyQuestion(index, q)).filter((q): q is ChoiceQuestion => q !== null);
  return [...howMany, ...whereQuestions(index), ...whenQuestions(index), ...whatHappenedQuestions(index), ...whoDidWhatQuestions(index)];
}


function lowerCaseFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
