// The article's sentences as short statements, with the claim each rests on: the pool that
// comprehension questions draw their options from. Only the article's own account of what happened
// (own-voice, factual or planned, backed) and only sentences outside quoted speech.
import type { Claim, Evidence, Sentence } from '../../domain/facts';
import { standingClass } from '../text/standing';
import { briefStatement } from './briefStatement';
import type { FactIndex } from './factIndex';
import { isQuotedSpan } from './ownVoice';

export interface ArticleStatement {
  readonly text: string;
  readonly claim: Claim;
  /** The whole sentence, as evidence. */
  readonly evidence: Evidence;
  /** Position of the sentence in its article, 0 for the first. */
  readonly position: number;
}

function sentenceEvidence(articleId: string, s: Sentence): Evidence {
  return { articleId, sentenceIndex: s.index, start: s.start, end: s.end, text: s.text };
}

/** One statement per sentence (the first backed claim of it), in article order. */
export function articleStatements(index: FactIndex): ArticleStatement[] {
  const out: ArticleStatement[] = [];
  for (const article of index.facts.articles) {
    const sentences = [...article.sentences].sort((a, b) => a.index - b.index);
    sentences.forEach((s, position) => {
      if (isQuotedSpan(article.body, s.start, s.end)) return;
      const claim = index.facts.claims.find(
        (c) => c.evidence[0]?.articleId === article.id && c.evidence[0]?.sentenceIndex === s.index && standingClass(c.standing) === 'BACKS' && c.modality !== 'OPINION',
      );
      if (claim === undefined) return;
      const text = briefStatement(s.text);
      if (text === null) return;
      out.push({ text, claim, evidence: sentenceEvidence(article.id, s), position });
    });
  }
  return out;
}
