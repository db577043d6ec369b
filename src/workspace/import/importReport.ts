// What an import gives back: the questions it could make, and each one it could not, with why.
import type { Question, QuestionKind } from '../../domain/question';
import { BadInputError } from '../../errors';
import { withWorkspaceId } from '../questionOrigin';
import { questionFromDraft, type QuestionDraft } from '../questionDraft';

export interface SkippedQuestion {
  /** 1-based, in the file's order, counting every question the file holds. */
  readonly number: number;
  readonly title: string | null;
  readonly reason: string;
}

export interface ImportNote {
  readonly number: number;
  readonly title: string | null;
  readonly message: string;
}

export interface ImportReport {
  readonly questions: readonly Question[];
  /** Where each question came from in the file, by index: its number and title. */
  readonly origins: readonly { readonly number: number; readonly title: string | null }[];
  readonly skipped: readonly SkippedQuestion[];
  /** Imported, but changed on the way (partial credit left out, HTML reduced to text, …). */
  readonly notes: readonly ImportNote[];
}

/** One question of the file read into a draft, or the reason it cannot be one. */
export type ReadQuestion =
  | { readonly title: string | null; readonly kind: QuestionKind; readonly draft: QuestionDraft; readonly notes: readonly string[] }
  | { readonly title: string | null; readonly skip: string };

/**
 * Drafts built by the same path a teacher's own question takes (questionFromDraft), so an
 * imported question is held to the same shape; one that fails it is skipped with the reason.
 * Two questions of the file alike in every part are one question: the second is skipped.
 */
export function reportOf(read: readonly ReadQuestion[]): ImportReport {
  const questions: Question[] = [];
  const origins: { number: number; title: string | null }[] = [];
  const skipped: SkippedQuestion[] = [];
  const notes: ImportNote[] = [];
  const ids = new Set<string>();
  read.forEach((r, i) => {
    const number = i + 1;
    if ('skip' in r) {
      skipped.push({ number, title: r.title, reason: r.skip });
      return;
    }
    try {
      const question = withWorkspaceId('IMPORTED', questionFromDraft(r.kind, r.draft, null, 'question'));
      if (ids.has(question.id)) {
        skipped.push({ number, title: r.title, reason: 'the same question appears earlier in the file' });
        return;
      }
      ids.add(question.id);
      questions.push(question);
      origins.push({ number, title: r.title });
      for (const message of r.notes) notes.push({ number, title: r.title, message });
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      skipped.push({ number, title: r.title, reason: error.message });
    }
  });
  return { questions, origins, skipped, notes };
}

/** Text of an HTML fragment: tags dropped, the common entities decoded, spaces folded. */
export function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
