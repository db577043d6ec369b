// A per-candidate quality score (issue 11 §6): every question in the bank already passes the rules;
// this ranks the sound ones by how much a teacher would trust them, from their own checks and from
// the confidence of the facts they rest on. Selection prefers higher scores; it never lets a low
// score in that a rule would keep out, and never keeps a sound question out for its score alone.
//
//   score = 1 − Σ penalties (clamped to 0..1), each penalty named in QUALITY_PENALTIES, e.g.
//   - a statement copied from the article's sentence (the reader matches words, not meaning);
//   - a claim with no named speaker (extraction is least sure of own-voice claims' boundaries);
//   - a figure the text hedges (the key is a band, not one number);
//   - a long prompt, a choice with only two options, evidence spread over several sentences.
import { COMPREHENSION_SKILLS, questionSkill, type Question } from '../domain/question';
import { statementOfPrompt } from './compose/trueFalseQuestion';
import type { FactIndex } from './facts/factIndex';
import { grammarFlags } from './rules/grammar';
import { normalizeText } from './text/normalize';

export const QUALITY_PENALTIES = {
  copiedSentence: 0.3,
  noNamedSpeaker: 0.15,
  hedgedFigure: 0.05,
  longPrompt: 0.15,
  twoOptions: 0.1,
  spreadEvidence: 0.1,
  grammarFlag: 0.35,
} as const;

export type QualityPenalty = keyof typeof QUALITY_PENALTIES;

const LONG_PROMPT_WORDS = 30;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** Whether `statement` is one of the article's sentences (or holds one whole) as written. */
export function copiesSentence(index: FactIndex, statement: string): boolean {
  const s = ` ${normalizeText(statement)} `;
  if (words(statement) < 8) return false;
  return index.facts.articles.some((a) =>
    a.sentences.some((sentence) => {
      const t = ` ${normalizeText(sentence.text)} `;
      return t.trim() !== '' && (t.includes(s) || s.includes(t));
    }),
  );
}

/** The penalties that apply to one question, by name. */
export function qualityPenalties(index: FactIndex, q: Question): QualityPenalty[] {
  const out: QualityPenalty[] = [];
  if (q.kind === 'TRUE_FALSE') {
    const statement = statementOfPrompt(q.prompt);
    if (copiesSentence(index, statement)) out.push('copiedSentence');
  }
  const claims = q.tests.flatMap((r) => (r.type === 'CLAIM' ? [index.claims.get(r.id)] : [])).filter((c) => c !== undefined);
  // A comprehension question (main idea, cause and effect) asks about the article's own account, and
  // its options are the article's sentences cut at clause ends, not the claims' extracted boundaries.
  const ownAccount = COMPREHENSION_SKILLS.includes(questionSkill(q));
  if (!ownAccount && claims.length > 0 && claims.every((c) => c.speakerId === null)) out.push('noNamedSpeaker');
  const quantities = q.tests.flatMap((r) => (r.type === 'QUANTITY' ? [index.quantities.get(r.id)] : [])).filter((x) => x !== undefined);
  if (quantities.some((x) => x.approximate || x.valueMax !== null)) out.push('hedgedFigure');
  if (words(q.prompt) > LONG_PROMPT_WORDS) out.push('longPrompt');
  if ((q.kind === 'MULTIPLE_CHOICE' || q.kind === 'WHO_SAID_IT' || q.kind === 'SOURCE_AND_STANDING') && q.options.length < 3) out.push('twoOptions');
  if (new Set(q.evidence.map((e) => `${e.articleId}#${e.sentenceIndex}`)).size > 2) out.push('spreadEvidence');
  // A copy editor's flag (doubled punctuation, a cut mid-name, …) on what students see: chosen last.
  if (grammarFlags(q).length > 0) out.push('grammarFlag');
  return out;
}

const QUALITY = new WeakMap<Question, number>();

/** 0..1, higher is better; cached per question (questions and their facts are immutable). */
export function questionQuality(index: FactIndex, q: Question): number {
  let known = QUALITY.get(q);
  if (known === undefined) {
    known = computeQuality(index, q);
    QUALITY.set(q, known);
  }
  return known;
}

function computeQuality(index: FactIndex, q: Question): number {
  const penalty = qualityPenalties(index, q).reduce((sum, p) => sum + QUALITY_PENALTIES[p], 0);
  return Math.max(0, Math.min(1, 1 - penalty));
}
