// Editing a stored quiz: edit, remove, reorder, replace, add. Only the quiz's owner may (as for
// publishing); each mutation is one guard, one call to the use case, and the payload.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import { BadInputError, NotFoundError } from '../../errors';
import { editQuiz, type EditRequest } from '../../quizzes/editQuiz';
import { importIntoBank, importIntoQuiz } from '../../quizzes/importQuestions';
import type { StoredEdit } from '../../quizzes/quizEditStore';
import type { StoredQuiz } from '../../quizzes/storedQuiz';
import { quizVersions } from '../../quizzes/quizVersions';
import type { QuestionDraft } from '../../workspace/questionDraft';
import { quizChanger, quizReader, signedIn, writer } from '../access';
import { mutationPayload, type MutationPayload } from '../common/mutations';
import { idOf } from '../common/globalId';
import type { Context } from '../context';
import { apiQuestionId, educatorBankId, partKey, quizScope, withApiIds } from '../quizzes/apiIds';
import { QuizType } from '../quizzes/types';
import {
  AddQuizQuestionInput,
  EditQuizQuestionInput,
  ImportQuestionsInput,
  ImportQuestionsPayload,
  QuizEditPayload,
  QuizVersionType,
  RemoveQuizQuestionInput,
  ReorderQuizQuestionsInput,
  ReplaceQuizQuestionInput,
  type QuestionFieldsInput,
} from './types';

type Payload = Omit<QuizEditPayload, keyof MutationPayload>;

/** The quiz the input names, once the key is known to be its owner's. */
async function ownedQuiz(ctx: Context, info: GraphQLResolveInfo, quizId: string): Promise<StoredQuiz> {
  await signedIn(ctx, info);
  const quiz = await ctx.loaders.quiz.load(idOf('Quiz', quizId, 'input.quizId'));
  if (!quiz) throw new NotFoundError(`no quiz with id ${quizId}`);
  await quizChanger(ctx, info, quiz);
  return quiz;
}

function draftOf(input: QuestionFieldsInput, questionId: string | null): QuestionDraft {
  const { clientMutationId: _c, correctOption, ...fields } = input;
  return {
    ...fields,
    // An option's API id (`<question id>.b`) or its key ('b'); a new question's options are keyed a, b, c… .
    correctOption: correctOption == null ? null : questionId === null ? correctOption : partKey(correctOption, questionId, 'input.correctOption'),
  };
}

async function run(ctx: Context, quiz: StoredQuiz, request: EditRequest): Promise<Payload> {
  return present(ctx, await editQuiz(ctx.dataSource, quiz, request, { eventFacts: (id) => ctx.eventFacts.load(ctx.dataSource, id) }));
}

function present(ctx: Context, { quiz: edited, outcome, newVersion }: StoredEdit): Payload {
  if (outcome.changed) ctx.onWrite();
  const scope = quizScope(edited.id);
  const touched = new Set(outcome.touched);
  return {
    quiz: edited,
    questions: edited.questions.filter((q) => touched.has(q.id)).map((q) => withApiIds(q, scope)) as never,
    warnings: outcome.warnings.map((w) => ({ rule: w.rule, message: w.message, questionId: w.questionId === '' ? null : apiQuestionId(scope, w.questionId) })),
    evidence: outcome.evidence,
    newVersion,
    changed: outcome.changed,
  };
}

const EDITS =
  'Only the key that made the quiz may (another educator is FORBIDDEN). Every edit runs the quiz rules generated questions are held to, ' +
  'and returns what they newly flag in `warnings`; the edit is stored all the same. Input that cannot make a gradable question (no correct ' +
  'option, two correct ones, a fill-in-the-blank prompt without one blank, a negative tolerance, a field of another kind) is BAD_USER_INPUT ' +
  'and stores nothing. Once students have answered the quiz, an edit keeps the version they answered (Quiz.versions) and makes a new one.';

@Resolver()
export class QuizEditResolver {
  @Mutation(() => QuizEditPayload, {
    nullable: true,
    description:
      'Changes a question: prompt, explanation, options or the correct one, true/false answer, figure, tolerance and unit, accepted answers, ' +
      'items to order, pairs to match. The edited question gets a new id (origin EDITED); its evidence stays while the question still rests on ' +
      'it, and is removed, with `evidence.reason`, when the edit makes the cited words no longer bear the answer out. ' + EDITS,
  })
  @UseMiddleware(mutationPayload)
  async editQuizQuestion(@Arg('input', () => EditQuizQuestionInput) input: EditQuizQuestionInput, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Payload> {
    const quiz = await ownedQuiz(ctx, info, input.quizId);
    const questionId = educatorBankId(input.questionId, 'input.questionId');
    return run(ctx, quiz, { type: 'EDIT', questionId, draft: draftOf(input, questionId) });
  }

  @Mutation(() => QuizEditPayload, { nullable: true, description: "Adds the teacher's own question, of any kind (origin OWN). " + EDITS })
  @UseMiddleware(mutationPayload)
  async addQuizQuestion(@Arg('input', () => AddQuizQuestionInput) input: AddQuizQuestionInput, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Payload> {
    const quiz = await ownedQuiz(ctx, info, input.quizId);
    return run(ctx, quiz, { type: 'ADD_OWN', kind: input.kind, draft: draftOf(input, null), position: input.position ?? null });
  }

  @Mutation(() => ImportQuestionsPayload, {
    nullable: true,
    description:
      'Adds the questions of a GIFT or Moodle XML file to a quiz (origin IMPORTED), each built as a teacher\'s own question is. Questions it cannot ' +
      'ask (essays, descriptions, partial credit, several right answers, other Moodle types, a block with a syntax error, one already in the quiz) ' +
      'are listed in `skipped` with why; the rest still come in. A file with nothing importable, or Moodle XML that is not well-formed, is ' +
      'BAD_USER_INPUT. ' + EDITS,
  })
  @UseMiddleware(mutationPayload)
  async importQuestions(@Arg('input', () => ImportQuestionsInput) input: ImportQuestionsInput, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Omit<ImportQuestionsPayload, keyof MutationPayload>> {
    await signedIn(ctx, info);
    if (Boolean(input.quizId) === Boolean(input.eventId)) throw new BadInputError('give quizId (into a quiz) or eventId (into its question bank), one of the two', ['input']);
    if (input.eventId) {
      const viewer = await writer(ctx, info);
      const eventId = idOf('Event', input.eventId, 'input.eventId');
      const { added, alreadyThere, report, warnings } = await importIntoBank(ctx.dataSource, eventId, viewer.keyId, { format: input.format, content: input.content }, {
        eventFacts: (id) => ctx.eventFacts.load(ctx.dataSource, id),
      });
      const there = new Set(alreadyThere);
      const asked = report.questions.flatMap((q, i) => (there.has(q.id) ? [{ ...report.origins[i]!, reason: 'your bank for this event already has this question' }] : []));
      return {
        quiz: null,
        questions: added.map((q) => withApiIds(q, null)) as never,
        warnings: warnings.map((w) => ({ rule: w.rule, message: w.message, questionId: w.questionId || null })),
        newVersion: null,
        skipped: [...report.skipped, ...asked].sort((a, b) => a.number - b.number),
        notes: [...report.notes],
      };
    }
    const quiz = await ownedQuiz(ctx, info, input.quizId!);
    const { stored, report } = await importIntoQuiz(ctx.dataSource, quiz, { format: input.format, content: input.content, position: input.position ?? null }, {
      eventFacts: (id) => ctx.eventFacts.load(ctx.dataSource, id),
    });
    const payload = present(ctx, stored);
    const alreadyAsked = new Set(stored.outcome.alreadyAsked);
    const asked = report.questions.flatMap((q, i) => (alreadyAsked.has(q.id) ? [{ ...report.origins[i]!, reason: 'the quiz already asks this question' }] : []));
    return {
      quiz: payload.quiz,
      questions: payload.questions,
      warnings: payload.warnings,
      newVersion: payload.newVersion,
      skipped: [...report.skipped, ...asked].sort((a, b) => a.number - b.number),
      notes: [...report.notes],
    };
  }

  @Mutation(() => QuizEditPayload, { nullable: true, description: 'Removes a question (not the last one). ' + EDITS })
  @UseMiddleware(mutationPayload)
  async removeQuizQuestion(@Arg('input', () => RemoveQuizQuestionInput) input: RemoveQuizQuestionInput, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Payload> {
    const quiz = await ownedQuiz(ctx, info, input.quizId);
    return run(ctx, quiz, { type: 'REMOVE', questionId: educatorBankId(input.questionId, 'input.questionId') });
  }

  @Mutation(() => QuizEditPayload, { nullable: true, description: 'Puts the questions in a new order: every question once. ' + EDITS })
  @UseMiddleware(mutationPayload)
  async reorderQuizQuestions(@Arg('input', () => ReorderQuizQuestionsInput) input: ReorderQuizQuestionsInput, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Payload> {
    const quiz = await ownedQuiz(ctx, info, input.quizId);
    return run(ctx, quiz, { type: 'REORDER', questionIds: input.questionIds.map((id, i) => educatorBankId(id, `input.questionIds[${i}]`)) });
  }

  @Mutation(() => QuizEditPayload, { nullable: true, description: "Replaces a question with another of the event's question bank, in its place. " + EDITS })
  @UseMiddleware(mutationPayload)
  async replaceQuizQuestion(@Arg('input', () => ReplaceQuizQuestionInput) input: ReplaceQuizQuestionInput, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Payload> {
    const quiz = await ownedQuiz(ctx, info, input.quizId);
    return run(ctx, quiz, { type: 'REPLACE', questionId: educatorBankId(input.questionId, 'input.questionId'), bankQuestionId: educatorBankId(input.bankQuestionId, 'input.bankQuestionId') });
  }
}

@Resolver(() => QuizType)
export class QuizVersionsResolver {
  @FieldResolver(() => [QuizVersionType], { nullable: true, description: 'Every version, oldest first, the current one last: what each version asked, and how many attempts answered it.' })
  async versions(@Root() quiz: StoredQuiz, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<QuizVersionType[]> {
    await quizReader(ctx, info, quiz);
    const scope = quizScope(quiz.id);
    return (await quizVersions(ctx.dataSource, quiz)).map((v) => ({
      number: v.number,
      current: v.number === quiz.version,
      supersededAt: v.supersededAt,
      attemptCount: v.attemptCount,
      questions: v.questions.map((q) => withApiIds(q, scope)) as never,
    }));
  }

  @FieldResolver(() => Int, { description: 'The current version: 1 until an edit after students have answered makes the next.' })
  version(@Root() quiz: StoredQuiz): number {
    return quiz.version;
  }
}
