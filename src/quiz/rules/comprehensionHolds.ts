// Rule: a comprehension question holds for the reason its skill claims, checked from the facts
// and the text rather than trusted from the generator:
//   MAIN_IDEA          the key comes from the lead and repeats the headline; no distractor does either;
//   CAUSE_EFFECT       a cited sentence states a causal link, and no distractor is drawn from it;
//   NOT_SUPPORTED      the key is a claim a tested response doubts or denies; no distractor is one;
//   SOURCE_COMPARISON  the key's figure is surely above every other tested figure; each wrong
//                      source gave a surely lower figure, or none for that measure.
import type { ChoiceQuestion, Question } from '../../domain/question';
import { surelyAbove } from '../facts/differingFigures';
import type { FactIndex } from '../facts/factIndex';
import { headlineStems, headlineWordsIn } from '../facts/headline';
import { coverage } from '../text/normalize';
import { standingClass } from '../text/standing';
import { optionMeaning } from './optionMeaning';
import type { QuestionRule } from './types';

/** Opening sentences a main-idea key may come from (generators/mainIdea.ts LEAD_SENTENCES). */
const LEAD = 2;
const CAUSAL = /\b(?:because|due to|as a result|as a consequence|owing to|causing|prompting|leading to|resulting in|so|after|following|consequently|therefore|for this reason)\b/i;
/** An option this well covered by a sentence comes from it. */
const FROM_SENTENCE = 0.9;

function mainIdea(q: ChoiceQuestion, index: FactIndex): string[] {
  const key = q.options.find((o) => o.correct);
  const ev = q.evidence[0];
  if (key === undefined || ev === undefined) return ['a main-idea question needs a key and its sentence'];
  const title = index.article(ev.articleId)?.title ?? null;
  if (title === null) return ['a main-idea question needs the article’s headline'];
  const headline = headlineStems(title);
  const problems: string[] = [];
  // Where the key's words come from, not where the question says: a key moved to a detail is caught.
  const sentences = [...(index.article(ev.articleId)?.sentences ?? [])].sort((a, b) => a.index - b.index);
  const at = sentences.findIndex((s) => coverage(key.text, s.text) >= FROM_SENTENCE);
  if (at < 0 || at >= LEAD) problems.push(`the key comes from ${at < 0 ? 'no sentence of the article' : `sentence ${at + 1}`}, not the opening`);
  if (headlineWordsIn(key.text, headline) === 0) problems.push(`the key “${key.text}” shares no word with the headline`);
  for (const o of q.options) if (!o.correct && headlineWordsIn(o.text, headline) > 0) problems.push(`distractor “${o.text}” repeats the headline, so it may be the main point`);
  return problems;
}

function causeEffect(q: ChoiceQuestion, index: FactIndex): string[] {
  const sentences = q.evidence.map((e) => index.sentenceText(e));
  const problems: string[] = [];
  if (!sentences.some((s) => CAUSAL.test(s))) problems.push('no cited sentence states a causal link');
  for (const o of q.options) {
    if (!o.correct && sentences.some((s) => coverage(o.text, s) >= FROM_SENTENCE)) problems.push(`distractor “${o.text}” comes from the sentence that states the link`);
  }
  return problems;
}

function doubtedClaims(index: FactIndex, q: Question): string[] {
  return q.tests.flatMap((r) => {
    const c = r.type === 'CLAIM' ? index.claims.get(r.id) : undefined;
    if (c === undefined || c.respondsToId === null || standingClass(c.standing) === 'BACKS') return [];
    const target = index.claims.get(c.respondsToId);
    return target === undefined ? [] : [[target.paraphrase, ...target.evidence.map((e) => e.text)].join(' ')];
  });
}

function notSupported(q: ChoiceQuestion, index: FactIndex): string[] {
  const doubted = doubtedClaims(index, q);
  const key = q.options.find((o) => o.correct);
  if (key === undefined) return [];
  const problems: string[] = [];
  if (!doubted.some((d) => coverage(key.text, d) >= FROM_SENTENCE)) problems.push(`the key “${key.text}” is not a claim a tested response doubts or denies`);
  const allDoubted = index.facts.claims
    .filter((c) => c.respondsToId !== null && standingClass(c.standing) !== 'BACKS')
    .flatMap((c) => {
      const t = index.claims.get(c.respondsToId as string);
      return t === undefined ? [] : [[t.paraphrase, ...t.evidence.map((e) => e.text)].join(' ')];
    });
  for (const o of q.options) if (!o.correct && allDoubted.some((d) => coverage(o.text, d) >= FROM_SENTENCE)) problems.push(`distractor “${o.text}” is itself doubted in the article`);
  return problems;
}

function sourceComparison(q: ChoiceQuestion, index: FactIndex): string[] {
  const quantities = q.tests.flatMap((r) => (r.type === 'QUANTITY' ? [index.quantities.get(r.id)] : [])).filter((x) => x !== undefined);
  const key = q.options.find((o) => o.correct);
  if (key === undefined || quantities.length < 2) return ['a source comparison needs two tested figures'];
  const meaning = optionMeaning(index, key.text);
  const keyFigure = meaning.type === 'entity' ? quantities.find((x) => x.sourceId === meaning.entity.id) : undefined;
  if (keyFigure === undefined) return [`the key “${key.text}” gives none of the tested figures`];
  const problems: string[] = [];
  for (const other of quantities) if (other !== keyFigure && !surelyAbove(keyFigure, other)) problems.push(`the key’s figure is not surely above ${other.value}`);
  for (const o of q.options) {
    if (o.correct) continue;
    const m = optionMeaning(index, o.text);
    if (m.type !== 'entity') continue;
    const tested = quantities.find((x) => x.sourceId === m.entity.id);
    if (tested !== undefined) {
      if (!surelyAbove(keyFigure, tested)) problems.push(`distractor “${o.text}” gives a figure not surely below the key’s`);
    } else if (index.facts.quantities.some((x) => x.sourceId === m.entity.id && x.measure === keyFigure.measure)) {
      problems.push(`distractor “${o.text}” gives a figure of the same measure, which the question does not compare`);
    }
  }
  return problems;
}

function check(question: Question, index: FactIndex): string[] {
  if (!('options' in question)) return [];
  switch (question.skill) {
    case 'MAIN_IDEA':
      return mainIdea(question, index);
    case 'CAUSE_EFFECT':
      return causeEffect(question, index);
    case 'NOT_SUPPORTED':
      return notSupported(question, index);
    case 'SOURCE_COMPARISON':
      return sourceComparison(question, index);
    default:
      return [];
  }
}

export const comprehensionHolds: QuestionRule = { name: 'comprehension-holds', check };
