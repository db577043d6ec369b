// CAUSE_EFFECT (a multiple-choice question with skill CAUSE_EFFECT): "What does the article give as
// the cause of this: …?" or "What happened as a result of …?", only where the text states the link
// in so many words (facts/causeLinks.ts). The key is the stated cause (or result); the distractors
// are other things the article says happened, from other sentences, which it never gives as the
// cause (or result) of it.
import type { Evidence, FactRef } from '../../domain/facts';
import type { ChoiceQuestion, Question } from '../../domain/question';
import { choiceQuestion, type OptionDraft } from '../compose/choiceQuestion';
import { where } from '../compose/evidence';
import { articleStatements, type ArticleStatement } from '../facts/articleStatements';
import { briefStatement } from '../facts/briefStatement';
import { causeLinks, type CauseLink } from '../facts/causeLinks';
import type { FactIndex } from '../facts/factIndex';
import { lowerFirst, withoutFinalStop } from '../text/format';
import { containsPhrase, contentTokens, coverage, stem, textSimilarity } from '../text/normalize';
import { openingEntity } from '../rules/noFalseBySilence';
import { promptWordsRepeated } from '../rules/noPromptEcho';

/** A distractor this close in wording to the key or to the prompt's event is a restatement, not another event. */
export const MAX_DISTRACTOR_SIMILARITY = 0.3;
/** Share of the asked event's content words a distractor may repeat. */
export const MAX_ASKED_COVERAGE = 0.3;
/** A phrase cause or result longer than this is a clause in disguise: no "as a result of" stem for it. */
const MAX_PHRASE_WORDS = 10;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

function claimRefsAt(index: FactIndex, evidence: readonly Evidence[]): FactRef[] {
  return index.facts.claims
    .filter((c) => evidence.some((e) => c.evidence[0]?.articleId === e.articleId && c.evidence[0]?.sentenceIndex === e.sentenceIndex))
    .map((c) => ({ type: 'CLAIM' as const, id: c.id }));
}

/**
 * "Ahmed Mohamed was arrested after he brought a clock to school": a cause opening with "he" or
 * "she" names the person the effect opens with, when the effect names no other person. Only then:
 * "they" and "it" as often point at an object as at the subject.
 */
export function resolvedCause(index: FactIndex, link: CauseLink): CauseLink {
  const m = /^(he|she)\s+/i.exec(link.cause);
  if (m === null || link.effectShape !== 'CLAUSE') return link;
  const subject = openingEntity(index, link.effect);
  const entity = subject === undefined ? undefined : index.entity(subject.id);
  if (entity === undefined || entity.kind !== 'PERSON') return link;
  const others = index.facts.entities.filter((e) => e.kind === 'PERSON' && e.id !== entity.id && index.namesOf(e).some((n) => containsPhrase(link.effect, n)));
  if (others.length > 0) return link;
  return { ...link, cause: `${subject?.name ?? entity.name} ${link.cause.slice(m[0].length)}` };
}

/** Sentences naming every content word of a phrase at which it is the article's topic, not one event in it. */
export const TOPIC_SENTENCES = 3;

/** Whether the phrase names what the article is about: its content words all recur in TOPIC_SENTENCES sentences. */
export function topical(index: FactIndex, phrase: string): boolean {
  const wanted = contentTokens(phrase).map(stem);
  if (wanted.length === 0) return false;
  const n = index.facts.articles.flatMap((a) => a.sentences).filter((s) => {
    const have = new Set(contentTokens(s.text).map(stem));
    return wanted.every((w) => have.has(w));
  }).length;
  return n >= TOPIC_SENTENCES;
}

/** What the prompt asks about and what the key says, or null when either cannot stand alone. */
function framing(index: FactIndex, link: CauseLink): { prompt: string; key: string; asked: string; asksCause: boolean } | null {
  if (link.causeShape === 'PHRASE' && link.effectShape === 'CLAUSE') {
    const key = briefStatement(link.effect);
    const phrase = withoutFinalStop(link.cause);
    if (key === null || words(phrase) > MAX_PHRASE_WORDS || /^(?:this|that|it|these|those|them|his|her|their|its)\b/i.test(phrase)) return null;
    // "as a result of injury": whose? A bare noun names no event a reader can find; "the quake" does.
    if (!/^the\s/i.test(phrase) && contentTokens(phrase).length < 2) return null;
    // "What happened as a result of the quake?" in an article about the quake: everything else it
    // reports is arguably a result too, so no distractor would be provably wrong.
    if (topical(index, phrase)) return null;
    return { prompt: `According to the article, what happened as a result of ${lowerFirst(phrase)}?`, key, asked: phrase, asksCause: false };
  }
  if (link.causeShape === 'CLAUSE') {
    const key = briefStatement(link.cause);
    const effect = link.effectShape === 'CLAUSE' ? briefStatement(link.effect) : withoutFinalStop(link.effect);
    if (key === null || effect === null) return null;
    if (link.effectShape === 'PHRASE') {
      if (words(effect) > MAX_PHRASE_WORDS || /^(?:this|that|it|these|those|them|his|her|their|its)\b/i.test(effect)) return null;
      return { prompt: `According to the article, what caused ${lowerFirst(effect)}?`, key, asked: effect, asksCause: true };
    }
    return { prompt: `According to the article, what was the cause of this: ${lowerFirst(effect)}?`, key, asked: effect, asksCause: true };
  }
  return null;
}

/** Whether a statement is part of any stated link with the asked event (then it may be a cause too). */
function linkedToAsked(links: readonly CauseLink[], asked: string, text: string): boolean {
  return links.some(
    (l) =>
      (textSimilarity(l.effect, asked) >= 0.5 && textSimilarity(l.cause, text) >= 0.5) ||
      (textSimilarity(l.cause, asked) >= 0.5 && textSimilarity(l.effect, text) >= 0.5),
  );
}

function distractors(index: FactIndex, link: CauseLink, links: readonly CauseLink[], key: string, asked: string, asksCause: boolean, pool: readonly ArticleStatement[], prompt: string): OptionDraft[] {
  // For a "why" question the sentences next to the link are often the same chain of events (a
  // shelling, then the evacuation): arguably causes too, so no distractor comes from them.
  const near = asksCause ? [-1, 0, 1] : [0];
  const linkSentences = new Set(link.evidence.flatMap((e) => near.map((d) => `${e.articleId}#${e.sentenceIndex + d}`)));
  const keyWords = words(key);
  // Statements about the same people and things as the prompt first, up to as many of its words as
  // the key repeats: plausible options, and the key does not stand out by echoing the prompt.
  const keyEcho = promptWordsRepeated(prompt, key);
  const echo = (text: string): number => Math.min(keyEcho, promptWordsRepeated(prompt, text));
  return pool
    .filter((s) => !linkSentences.has(`${s.evidence.articleId}#${s.evidence.sentenceIndex}`))
    .filter((s) => textSimilarity(s.text, key) < MAX_DISTRACTOR_SIMILARITY && textSimilarity(s.text, asked) < MAX_DISTRACTOR_SIMILARITY)
    // A statement that names much of the asked cause ("Per current law, …" for "the current laws")
    // is about it, and so arguably its result too.
    .filter((s) => coverage(asked, s.evidence.text) < MAX_ASKED_COVERAGE)
    .filter((s) => !linkedToAsked(links, asked, s.text))
    // Options of like length: the longest option should not be the key by construction.
    .sort((a, b) => echo(b.text) - echo(a.text) || Math.abs(words(a.text) - keyWords) - Math.abs(words(b.text) - keyWords) || a.position - b.position)
    .map((s) => ({
      text: s.text,
      rationale: `Wrong: the article reports this ${where(index, [s.evidence])}, but does not give it as ${asksCause ? 'the cause' : 'a result'} of ${asksCause ? 'that' : lowerFirst(withoutFinalStop(asked))}.`,
      similarity: textSimilarity(s.text, key),
    }));
}

function causeEffectQuestion(index: FactIndex, link: CauseLink, links: readonly CauseLink[], pool: readonly ArticleStatement[]): ChoiceQuestion | null {
  const frame = framing(index, resolvedCause(index, link));
  if (frame === null) return null;
  const tests = claimRefsAt(index, link.evidence);
  if (tests.length === 0) return null;
  const options = distractors(index, link, links, frame.key, frame.asked, frame.asksCause, pool, frame.prompt);
  return choiceQuestion({
    kind: 'MULTIPLE_CHOICE',
    skill: 'CAUSE_EFFECT',
    variant: `cause-effect:${frame.asksCause ? 'cause' : 'result'}:${link.connective}`,
    prompt: frame.prompt,
    correct: { text: frame.key, rationale: `Right: the article links them with “${link.connective}” ${where(index, link.evidence)}.` },
    distractors: options,
    explanation: `The article states the link with “${link.connective}” ${where(index, link.evidence)}: ${link.evidence.map((e) => e.text).join(' ')}`,
    evidence: link.evidence,
    tests,
    sourceInference: false,
  });
}

export function causeEffectQuestions(index: FactIndex): Question[] {
  const links = causeLinks(index);
  const pool = articleStatements(index);
  return links.map((l) => causeEffectQuestion(index, l, links, pool)).filter((q): q is ChoiceQuestion => q !== null);
}
