// Edits to a quiz's question list, pure: the questions and an edit in, the new list out, with what
// the quiz rules flag that the edit brought in and what became of the edited question's citation.
// Every edit runs the same rules (checkQuiz) the generated quiz was held to.
import type { EventFacts } from '../domain/facts';
import type { Question, QuestionKind } from '../domain/question';
import { BadInputError } from '../errors';
import { checkQuiz, MAX_QUIZ_QUESTIONS, type Violation } from '../quiz';
import { relinkEvidence, type EvidenceLink } from './evidenceLink';
import { contentKey, withWorkspaceId } from './questionOrigin';
import { questionFromDraft, type QuestionDraft } from './questionDraft';

export type QuizEdit =
  | { readonly type: 'EDIT'; readonly questionId: string; readonly draft: QuestionDraft }
  | { readonly type: 'REMOVE'; readonly questionId: string }
  | { readonly type: 'REORDER'; readonly questionIds: readonly string[] }
  /** `replacement` is a question of the bank, as the engine made it. */
  | { readonly type: 'REPLACE'; readonly questionId: string; readonly replacement: Question }
  /** A teacher's own question: `kind` and the draft. */
  | { readonly type: 'ADD_OWN'; readonly kind: QuestionKind; readonly draft: QuestionDraft; readonly position: number | null }
  /** Questions built elsewhere (an import), added as they are; those the quiz already asks are left out. */
  | { readonly type: 'ADD'; readonly questions: readonly Question[]; readonly position: number | null };

export interface EditOutcome {
  readonly questions: readonly Question[];
  /** False when the edit leaves the quiz exactly as it was: nothing to store, no new version. */
  readonly changed: boolean;
  /** Ids of the questions the edit made or changed, in quiz order. */
  readonly touched: readonly string[];
  /** Violations of the rules that the quiz did not have before the edit. */
  readonly warnings: readonly Violation[];
  /** For EDIT: whether the question still rests on its evidence. Null for other edits. */
  readonly evidence: EvidenceLink | null;
  /** For ADD: ids of the questions left out because the quiz already asks them. */
  readonly alreadyAsked: readonly string[];
}

const violationKey = (v: Violation) => `${v.rule}\u0000${v.questionId}\u0000${v.message}`;

/**
 * What `after` violates that `before` did not: the edit's doing, not the quiz's old debts.
 * `renamed` maps an edited question's new id to its old one: a rule naming the question ("question
 * edit-… shows its answer") said the same under the old id, and is no more new for the rename.
 */
export function newViolations(before: readonly Violation[], after: readonly Violation[], renamed: ReadonlyMap<string, string> = new Map()): Violation[] {
  const had = new Set(before.map(violationKey));
  const asBefore = (v: Violation): Violation => {
    let { questionId, message } = v;
    for (const [now, was] of renamed) {
      if (questionId === now) questionId = was;
      message = message.split(now).join(was);
    }
    return { ...v, questionId, message };
  };
  return after.filter((v) => !had.has(violationKey(asBefore(v))));
}

function positionOf(questions: readonly Question[], questionId: string, field: string): number {
  const at = questions.findIndex((q) => q.id === questionId);
  if (at < 0) throw new BadInputError(`question ${questionId} is not in this quiz`, [field]);
  return at;
}

function insertAt(questions: readonly Question[], added: readonly Question[], position: number | null): Question[] {
  if (questions.length + added.length > MAX_QUIZ_QUESTIONS) {
    throw new BadInputError(`a quiz holds at most ${MAX_QUIZ_QUESTIONS} questions; this one has ${questions.length}, and ${added.length} more were given`, ['input']);
  }
  const at = position ?? questions.length;
  if (!Number.isInteger(at) || at < 0 || at > questions.length) {
    throw new BadInputError(`position must be 0 to ${questions.length} (the number of questions, to add at the end); ${at} was given`, ['input.position']);
  }
  const ids = new Set(questions.map((q) => q.id));
  for (const q of added) {
    if (ids.has(q.id)) throw new BadInputError(`the quiz already asks this question (${q.id})`, ['input']);
    ids.add(q.id);
  }
  return [...questions.slice(0, at), ...added, ...questions.slice(at)];
}

interface Applied {
  readonly questions: Question[];
  readonly touched: Question[];
  readonly evidence: EvidenceLink | null;
  /** New id → old id of a question the edit changed in place. */
  readonly renamed?: ReadonlyMap<string, string>;
  readonly alreadyAsked?: readonly string[];
}

function apply(questions: readonly Question[], edit: QuizEdit, facts: EventFacts): Applied {
  switch (edit.type) {
    case 'EDIT': {
      const at = positionOf(questions, edit.questionId, 'input.questionId');
      const before = questions[at]!;
      const drafted = questionFromDraft(before.kind, edit.draft, before, 'input');
      if (contentKey(drafted) === contentKey(before)) return { questions: [...questions], touched: [], evidence: null };
      const { question, link } = relinkEvidence(before, drafted, facts);
      const edited = withWorkspaceId('EDITED', question);
      const next = [...questions];
      next[at] = edited;
      if (next.some((q, i) => i !== at && q.id === edited.id)) throw new BadInputError('the quiz already asks a question exactly like the edited one', ['input']);
      return { questions: next, touched: [edited], evidence: link, renamed: new Map([[edited.id, before.id]]) };
    }
    case 'REMOVE': {
      const at = positionOf(questions, edit.questionId, 'input.questionId');
      if (questions.length === 1) throw new BadInputError('this is the quiz\u2019s only question; a quiz needs at least one', ['input.questionId']);
      return { questions: questions.filter((_, i) => i !== at), touched: [], evidence: null };
    }
    case 'REORDER': {
      const byId = new Map(questions.map((q) => [q.id, q]));
      const seen = new Set<string>();
      edit.questionIds.forEach((id, i) => {
        if (!byId.has(id)) throw new BadInputError(`question ${id} is not in this quiz`, [`input.questionIds[${i}]`]);
        if (seen.has(id)) throw new BadInputError(`question ${id} is listed twice`, [`input.questionIds[${i}]`]);
        seen.add(id);
      });
      if (seen.size !== questions.length) {
        throw new BadInputError(`list every question of the quiz once: ${questions.length - seen.size} of its ${questions.length} are missing`, ['input.questionIds']);
      }
      return { questions: edit.questionIds.map((id) => byId.get(id)!), touched: [], evidence: null };
    }
    case 'REPLACE': {
      const at = positionOf(questions, edit.questionId, 'input.questionId');
      if (questions.some((q) => q.id === edit.replacement.id)) throw new BadInputError(`the quiz already asks question ${edit.replacement.id}`, ['input.bankQuestionId']);
      const next = [...questions];
      next[at] = edit.replacement;
      return { questions: next, touched: [edit.replacement], evidence: null };
    }
    case 'ADD_OWN': {
      const own = withWorkspaceId('OWN', questionFromDraft(edit.kind, edit.draft, null, 'input'));
      return { questions: insertAt(questions, [own], edit.position), touched: [own], evidence: null };
    }
    case 'ADD': {
      const asked = new Set(questions.map((q) => q.id));
      const fresh = edit.questions.filter((q) => !asked.has(q.id));
      const alreadyAsked = edit.questions.filter((q) => asked.has(q.id)).map((q) => q.id);
      if (fresh.length === 0) return { questions: [...questions], touched: [], evidence: null, alreadyAsked };
      return { questions: insertAt(questions, fresh, edit.position), touched: fresh, evidence: null, alreadyAsked };
    }
  }
}

/** Applies the edit (BadInputError, changing nothing, for input that cannot be applied) and checks the result. */
export function applyQuizEdit(questions: readonly Question[], edit: QuizEdit, facts: EventFacts): EditOutcome {
  const next = apply(questions, edit, facts);
  const changed = next.questions.length !== questions.length || next.questions.some((q, i) => q !== questions[i]);
  const alreadyAsked = next.alreadyAsked ?? [];
  if (!changed) return { questions, changed: false, touched: [], warnings: [], evidence: next.evidence, alreadyAsked };
  const warnings = newViolations(checkQuiz(questions, facts), checkQuiz(next.questions, facts), next.renamed);
  if (next.evidence?.status === 'REMOVED') {
    const id = next.touched[0]!.id;
    warnings.unshift({ rule: 'evidence-link', questionId: id, message: `no longer rests on the sentences it cited (${next.evidence.reason}); the citation was removed` });
  }
  return { questions: next.questions, changed: true, touched: next.touched.map((q) => q.id), warnings, evidence: next.evidence, alreadyAsked };
}
