// MAIN_IDEA (a multiple-choice question with skill MAIN_IDEA): "What is the article mainly about?"
// The key is the lead's statement of the central happening: of the opening sentences, the one that
// shares most with the headline and names the actors the article mentions most. The distractors
// are true details from later in the same article that the headline does not touch and that say
// something else than the key: each is in the text, and each is provably not the main point (the
// headline names none of its words, and it is not the lead).
import type { ChoiceQuestion, Question } from '../../domain/question';
import { choiceQuestion, type OptionDraft } from '../compose/choiceQuestion';
import { where } from '../compose/evidence';
import { articleStatements, type ArticleStatement } from '../facts/articleStatements';
import type { FactIndex } from '../facts/factIndex';
import { lowerFirst } from '../text/format';
import { headlineStems } from '../facts/headline';
import { containsPhrase, textSimilarity } from '../text/normalize';

export const MAIN_IDEA_PROMPT = 'What is the article mainly about?';
/** The lead: the opening sentences a news article states its main point in. */
export const LEAD_SENTENCES = 2;
/** A distractor sharing this much wording with the key says the same thing. */
const MAX_KEY_SIMILARITY = 0.25;
const TOP_ACTORS = 3;

const stems = headlineStems;

/** Headline words the key must repeat: two once the headline has four or more content words. */
function neededOverlap(headline: ReadonlySet<string>): number {
  return headline.size >= 4 ? 2 : 1;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** The entities the article names most often (by mention count): its main actors. */
function topActorNames(index: FactIndex): string[][] {
  return [...index.facts.entities]
    .filter((e) => index.mentionCount(e.id) >= 2)
    .sort((a, b) => index.mentionCount(b.id) - index.mentionCount(a.id))
    .slice(0, TOP_ACTORS)
    .map((e) => index.namesOf(e));
}

/** How central a statement is: headline words it repeats, plus the main actors it names. */
function centrality(s: ArticleStatement, headline: ReadonlySet<string>, actors: readonly string[][]): number {
  const inHeadline = shared(stems(s.text), headline);
  const named = actors.filter((names) => names.some((n) => containsPhrase(s.text, n))).length;
  return inHeadline + 0.5 * named;
}

export function mainIdeaQuestions(index: FactIndex): Question[] {
  const out: ChoiceQuestion[] = [];
  for (const article of index.facts.articles) {
    if (article.title === null || article.title.trim() === '') continue;
    const headline = stems(article.title);
    const actors = topActorNames(index);
    const pool = articleStatements(index).filter((s) => s.evidence.articleId === article.id);
    const lead = pool.filter((s) => s.position < LEAD_SENTENCES);
    const scored = lead.map((s) => ({ s, score: centrality(s, headline, actors), inHeadline: shared(stems(s.text), headline) }));
    // The key must repeat the headline: a lead that shares little with it may be scene-setting.
    const best = scored.filter((x) => x.inHeadline >= neededOverlap(headline)).sort((a, b) => b.score - a.score || a.s.position - b.s.position)[0];
    if (best === undefined) continue;
    const key = best.s;
    const keyWords = words(key.text);
    const details = pool
      .filter((s) => s.position >= LEAD_SENTENCES)
      .filter((s) => shared(stems(s.text), headline) === 0 && textSimilarity(s.text, key.text) < MAX_KEY_SIMILARITY)
      .sort((a, b) => Math.abs(words(a.text) - keyWords) - Math.abs(words(b.text) - keyWords) || a.position - b.position);
    const distractors: OptionDraft[] = details.map((s) => ({
      text: s.text,
      rationale: `Wrong: the article says this ${where(index, [s.evidence])}, but as a detail: the headline says nothing of it, and the article opens with what it is mainly about, that ${lowerFirst(key.text)} ${where(index, [key.evidence])}.`,
      similarity: textSimilarity(s.text, key.text),
    }));
    const q = choiceQuestion({
      kind: 'MULTIPLE_CHOICE',
      skill: 'MAIN_IDEA',
      variant: 'main-idea',
      prompt: MAIN_IDEA_PROMPT,
      correct: {
        text: key.text,
        rationale: `Right: the headline (“${article.title.trim()}”) and the opening ${where(index, [key.evidence])} are about this; the rest of the article gives its details.`,
      },
      distractors,
      explanation: `The headline, “${article.title.trim()}”, and the opening of the article say what it is mainly about ${where(index, [key.evidence])}; the other options are details it gives later.`,
      evidence: [key.evidence],
      tests: [{ type: 'CLAIM', id: key.claim.id }],
      sourceInference: false,
    });
    if (q !== null) out.push(q);
  }
  return out;
}
