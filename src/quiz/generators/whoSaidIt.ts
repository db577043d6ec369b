// WHO_SAID_IT: a quote (or, when the words are a fragment, the paraphrase), and the speaker to pick.
import type { Claim, FactRef } from '../../domain/facts';
import type { ChoiceQuestion, Question } from '../../domain/question';
import { choiceQuestion } from '../compose/choiceQuestion';
import { cite, where } from '../compose/evidence';
import { askOfArticle } from '../compose/prompts';
import { claimGist, predicateAfter } from '../facts/claimText';
import type { FactIndex } from '../facts/factIndex';
import { entitySimilarity } from '../distractors/entityDistractors';
import { speakerDistractors } from '../distractors/speakerDistractors';
import { capitalize, quoted } from '../text/format';
import { containsPhrase } from '../text/normalize';

/** A quote makes a fair prompt when it is a whole thought: four words or more, starting a sentence. */
export function usableQuote(index: FactIndex, claim: Claim): string | null {
  const q = claim.quote?.trim().replace(/^[“"]|[”"]$/g, '');
  if (q === undefined || q.split(/\s+/).length < 4 || !/^[A-Z“"]/.test(q)) return null;
  const speaker = index.entity(claim.speakerId);
  if (speaker !== undefined && index.namesOf(speaker).some((n) => containsPhrase(q, n))) return null;
  return q;
}

function promptFor(index: FactIndex, claim: Claim): { prompt: string; variant: string } | null {
  const speaker = index.entity(claim.speakerId);
  if (speaker === undefined) return null;
  const quote = usableQuote(index, claim);
  if (quote !== null) return { prompt: `Who said these words: ${quoted(quote)}?`, variant: 'quote' };
  const predicate = predicateAfter(claim.paraphrase, index.namesOf(speaker));
  if (predicate !== null) return { prompt: askOfArticle(`who ${predicate}?`), variant: 'paraphrase' };
  const gist = claimGist(index, claim);
  return gist === null ? null : { prompt: askOfArticle(`who said that ${gist}?`), variant: 'paraphrase' };
}

export function whoSaidItQuestion(index: FactIndex, claim: Claim): ChoiceQuestion | null {
  const speaker = index.entity(claim.speakerId);
  const made = promptFor(index, claim);
  if (speaker === undefined || made === null) return null;
  if (index.namesOf(speaker).some((n) => containsPhrase(made.prompt, n))) return null;
  const via = index.entity(claim.viaId);
  const [statement, ...context] = claim.evidence;
  const named =
    context.length > 0 ? ` ${index.displayName(speaker)} is named as the speaker ${where(index, context)}.` : '';
  const reported = via === undefined ? '' : ` The article has it from ${index.displayName(via)}.`;
  const tests: FactRef[] = [
    { type: 'CLAIM', id: claim.id },
    { type: 'ENTITY', id: speaker.id },
  ];
  return choiceQuestion({
    kind: 'WHO_SAID_IT',
    variant: made.variant,
    prompt: made.prompt,
    correct: {
      text: capitalize(index.displayName(speaker)),
      rationale: `Right: the article attributes this to ${index.displayName(speaker)} ${where(index, claim.evidence)}.`,
    },
    distractors: speakerDistractors(index, claim, made.prompt).map((e) => ({
      text: capitalize(index.displayName(e)),
      rationale: index.speakerIds.has(e.id)
        ? `Wrong: ${index.displayName(e)} is quoted elsewhere in the article, but these are ${index.displayName(speaker)}’s words.`
        : `Wrong: the article does not attribute this to ${index.displayName(e)}; it is ${index.displayName(speaker)}’s statement.`,
      similarity: entitySimilarity(index, speaker, e),
    })),
    explanation: `${capitalize(index.displayName(speaker))} said this: ${statement === undefined ? '' : cite(index, [statement])}.${named}${reported}`,
    evidence: claim.evidence,
    tests,
    // Working out who "he" is from an earlier sentence, or that an agency spoke through a news agency, is source reading.
    sourceInference: context.length > 0 || via !== undefined,
  });
}

export function whoSaidItQuestions(index: FactIndex): Question[] {
  const out: Question[] = [];
  for (const claim of index.facts.claims) {
    const q = whoSaidItQuestion(index, claim);
    if (q !== null) out.push(q);
  }
  return out;
}
