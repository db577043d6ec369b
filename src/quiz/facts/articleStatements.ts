// The article's sentences as short statements, with the claim each rests on: the pool that
// comprehension questions draw their options from. Only the article's own account of what happened
// (own-voice, factual or planned, backed) and only sentences outside quoted speech.
import type { Claim, Evidence, Sentence } from '../../domain/facts';
import { containsPhrase } from '../text/normalize';
import { standingClass } from '../text/standing';
import { briefStatement, MAX_BRIEF_WORDS } from './briefStatement';
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

/** Room for ", according to the Saudi Interior Ministry" past the brief statement's own limit. */
const MAX_ATTRIBUTION_WORDS = 6;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
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
      const brief = briefStatement(s.text);
      if (brief === null) return;
      // A speaker's claim stays the speaker's: cut short without their name ("According to the
      // ministry" dropped), it would read as the article's fact, so the attribution goes at the end.
      const speaker = index.entity(claim.speakerId);
      const named = speaker === undefined || index.namesOf(speaker).some((n) => containsPhrase(brief, n));
      const text = named ? brief : `${brief}, according to ${index.displayName(speaker)}`;
      if (words(text) > MAX_BRIEF_WORDS + MAX_ATTRIBUTION_WORDS) return;
      out.push({ text, claim, evidence: sentenceEvidence(article.id, s), position });
    });
  }
  return out;
}
