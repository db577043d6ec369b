// Full-text search over the search documents the SearchIndex migration keeps: every match ranked
// (best first, ties by document id, so the order and the cursors are stable for the same data),
// then snippets for one page only. SQLite ranks with FTS5's bm25, PostgreSQL with ts_rank_cd; both
// weigh the title over the body.
import type { DataSource } from 'typeorm';
import { HIGHLIGHT_END, HIGHLIGHT_START, parseSnippet, type Snippet } from './snippet';

export type SearchKind = 'ARTICLE' | 'CLAIM' | 'ENTITY' | 'QUIZ';
export const SEARCH_KINDS: readonly SearchKind[] = ['ARTICLE', 'CLAIM', 'ENTITY', 'QUIZ'];
/** What anyone may search: the news. Quizzes only their owners (and admins). */
export const PUBLIC_SEARCH_KINDS: readonly SearchKind[] = ['ARTICLE', 'CLAIM', 'ENTITY'];

/** Whose quizzes a search may find: one key's, every key's (an admin), or none. */
export type QuizScope = { readonly ownerId: number } | 'all' | 'none';

/** Matches ranked at most; past them a search says to be more specific (totalCount stops here). */
export const MAX_SEARCH_MATCHES = 1000;

export interface SearchMatch {
  /** The document's key: its object's id * 4 + its kind. */
  readonly documentId: number;
  readonly kind: SearchKind;
  readonly targetId: number;
}

const KIND_OF: Record<number, SearchKind> = { 0: 'QUIZ', 1: 'ARTICLE', 2: 'CLAIM', 3: 'ENTITY' };
export const matchOf = (documentId: number): SearchMatch => ({ documentId, kind: KIND_OF[documentId % 4]!, targetId: Math.floor(documentId / 4) });

const isPostgres = (ds: DataSource) => ds.options.type === 'postgres';

/** FTS5: each term a quoted string (so no word is read as an operator), all required. */
const ftsQuery = (terms: readonly string[]) => terms.map((t) => `"${t}"`).join(' ');
/** tsquery: the terms (letters and digits only, see searchTerms) joined by AND. */
const tsQuery = (terms: readonly string[]) => terms.join(' & ');

/** Document ids of every match of `kinds`, best first; of quizzes, only those `quizzes` allows. */
export async function rankedMatches(ds: DataSource, terms: readonly string[], kinds: readonly SearchKind[], quizzes: QuizScope = 'none'): Promise<number[]> {
  const allowed = quizzes === 'none' ? kinds.filter((k) => k !== 'QUIZ') : kinds;
  if (allowed.length === 0) return [];
  const owner = typeof quizzes === 'object' ? quizzes.ownerId : null;
  const rows: { id: number | string }[] = isPostgres(ds)
    ? await ds.query(
        `SELECT d.id FROM search_document d, to_tsquery('english', $1) q WHERE d.document @@ q AND d.kind = ANY($2)
           AND (d.kind <> 'QUIZ' OR $3::integer IS NULL OR d.target_id IN (SELECT id FROM quiz WHERE owner_id = $3))
         ORDER BY ts_rank_cd(d.document, q) DESC, d.id LIMIT ${MAX_SEARCH_MATCHES}`,
        [tsQuery(terms), allowed, owner],
      )
    : await ds.query(
        `SELECT rowid AS id FROM search_document WHERE search_document MATCH ? AND kind IN (${allowed.map(() => '?').join(', ')})
           AND (kind <> 'QUIZ' OR ? IS NULL OR target_id IN (SELECT id FROM quiz WHERE owner_id = ?))
         ORDER BY bm25(search_document, 0, 0, 4.0, 1.0), rowid LIMIT ${MAX_SEARCH_MATCHES}`,
        [ftsQuery(terms), ...allowed, owner, owner],
      );
  return rows.map((r) => Number(r.id));
}

/** A snippet of each document, around its best match, its matched words highlighted. */
export async function snippetsOf(ds: DataSource, terms: readonly string[], documentIds: readonly number[]): Promise<Map<number, Snippet>> {
  if (documentIds.length === 0) return new Map();
  const rows: { id: number | string; snippet: string }[] = isPostgres(ds)
    ? await ds.query(
        `SELECT d.id, ts_headline('english', CASE WHEN d.title = '' THEN d.body WHEN d.body = '' THEN d.title ELSE d.title || ' — ' || d.body END, q,
           'StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=24, MinWords=12, ShortWord=2, MaxFragments=1') AS snippet
         FROM search_document d, to_tsquery('english', $1) q WHERE d.id = ANY($2)`,
        [tsQuery(terms), documentIds],
      )
    : await ds.query(
        `SELECT rowid AS id, snippet(search_document, -1, ?, ?, '…', 24) AS snippet FROM search_document
         WHERE search_document MATCH ? AND rowid IN (${documentIds.map(() => '?').join(', ')})`,
        [HIGHLIGHT_START, HIGHLIGHT_END, ftsQuery(terms), ...documentIds],
      );
  return new Map(rows.map((r) => [Number(r.id), parseSnippet(r.snippet)]));
}
