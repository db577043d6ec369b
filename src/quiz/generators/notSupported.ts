// NOT_SUPPORTED (a multiple-choice question with skill NOT_SUPPORTED): "Which of these does the
// article NOT support?" Three statements the article backs in its own voice, and one it does not:
// a claim someone made that another source denied, doubted or said there was no evidence for
// (responseGroups). The odd one is stated as a plain fact, as the backed ones are, so its form
// gives nothing away: a reader has to notice how the article treats it.
import type { ChoiceQuestion, Question } from '../../domain/question';
import { choiceQuestion, type OptionDraft } from '../compose/choiceQuestion';
import { mergeEvidence, where } from '../compose/evidence';
import { articleStatements } from '../facts/articleStatements';
import { briefStatement } from '../facts/briefStatement';
import type { FactIndex } from '../facts/factIndex';
import { capitalize } from '../text/format';
import { textSimilarity } from '../text/normalize';
import { DOUBT_VERBS, STANDING_SPECIFICITY, standingClass } from '../text/standing';
import { responseGroups, type ResponseGroup } from './responseGroups';

export const NOT_SUPPORTED_PROMPT = 'Which of these statements does the article NOT support?';
/** A backed statement this close to the doubted one could be read as the same claim. */
const MAX_SIMILARITY = 0.3;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

function notSupportedQuestion(index: FactIndex, group: ResponseGroup): ChoiceQuestion | null {
  if (standingClass(group.standing) === 'BACKS') return null;
  const odd = briefStatement(group.gist);
  if (odd === null) return null;
  // Another source backing much the same thing makes the claim arguably supported: no question then.
  const corroborated = index.facts.claims.some(
    (c) => c.id !== group.target.id && c.speakerId !== group.target.speakerId && standingClass(c.standing) === 'BACKS' && c.respondsToId === null && textSimilarity(c.paraphrase, group.gist) >= MAX_SIMILARITY,
  );
  if (corroborated) return null;
  // Statements about the same actors (other than countries) might bear on the claim; keep them out.
  const sharedActors = new Set(group.target.subjectIds.filter((id) => index.entity(id)?.kind !== 'COUNTRY'));
  const doubted = new Set(index.facts.claims.map((c) => c.respondsToId).filter((id): id is string => id !== null));
  const cited = new Set([group.target, ...group.responses].map((c) => `${c.evidence[0]?.articleId}#${c.evidence[0]?.sentenceIndex}`));
  const backed = articleStatements(index)
    .filter((s) => s.claim.speakerId === null && !doubted.has(s.claim.id) && !cited.has(`${s.evidence.articleId}#${s.evidence.sentenceIndex}`))
    .filter((s) => textSimilarity(s.text, odd) < MAX_SIMILARITY && !s.claim.subjectIds.some((id) => sharedActors.has(id)))
    .sort((a, b) => Math.abs(words(a.text) - words(odd)) - Math.abs(words(b.text) - words(odd)) || a.position - b.position);
  // The question's "wrong" options are the backed statements; the key is the one it does not back.
  const distractors: OptionDraft[] = backed.map((s) => ({
    text: s.text,
    rationale: `Wrong: the article states this ${where(index, [s.evidence])}, and no one in it questions it.`,
    similarity: textSimilarity(s.text, odd),
  }));
  const responseEvidence = mergeEvidence(...group.responses.map((c) => c.evidence.slice(0, 1)));
  const claimEvidence = group.target.evidence.slice(0, 1);
  return choiceQuestion({
    kind: 'MULTIPLE_CHOICE',
    skill: 'NOT_SUPPORTED',
    variant: 'not-supported',
    prompt: NOT_SUPPORTED_PROMPT,
    correct: {
      text: odd,
      rationale: `Right: the article reports this only as ${index.displayName(group.claimant)}’s claim ${where(index, claimEvidence)}, and ${index.displayName(group.responder)} ${DOUBT_VERBS[group.standing]} it ${where(index, responseEvidence)}.`,
    },
    distractors,
    explanation: `${capitalize(index.displayName(group.claimant))} made the claim ${where(index, claimEvidence)}, but ${index.displayName(group.responder)} ${DOUBT_VERBS[group.standing]} it ${where(index, responseEvidence)}: the article does not present it as established. The other statements it states as fact.`,
    evidence: mergeEvidence(claimEvidence, responseEvidence),
    tests: [
      { type: 'CLAIM', id: group.target.id },
      ...group.responses.map((c) => ({ type: 'CLAIM' as const, id: c.id })),
    ],
    sourceInference: true,
  });
}

/**
 * One question per doubted claim: two responders doubting the same claim would otherwise give two
 * questions with the same key. The most specific response (STANDING_SPECIFICITY) speaks for it.
 */
export function notSupportedQuestions(index: FactIndex): Question[] {
  const byTarget = new Map<string, ResponseGroup>();
  for (const g of responseGroups(index)) {
    if (standingClass(g.standing) === 'BACKS') continue;
    const held = byTarget.get(g.target.id);
    if (held === undefined || STANDING_SPECIFICITY.indexOf(g.standing) < STANDING_SPECIFICITY.indexOf(held.standing)) byTarget.set(g.target.id, g);
  }
  return [...byTarget.values()].map((g) => notSupportedQuestion(index, g)).filter((q): q is ChoiceQuestion => q !== null);
}
