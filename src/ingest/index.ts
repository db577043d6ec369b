// Public surface of the extraction pipeline (pure: text in, facts out).

export type { ArticleInput, ExtractionIds } from './extractFacts';
export { extractFacts } from './extractFacts';
export type { ArticleCheck } from './checkArticleText';
export { checkArticleText, MAX_ARTICLE_CHARS, MAX_WORD_CHARS } from './checkArticleText';
export { articleTextFromHtml } from './html';
