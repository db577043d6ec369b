// Running a quiz: publish it under a code, let students open and submit it, report to the educator.
// Thin: a guard, arguments in, one service call, result out. Students (quizByCode, submitAttempt,
// attemptReview) need no key; a review's token is its credential.
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { inputOrLegacy, mutationPayload } from '../common/mutations';
import type { Actor } from '../../attempts/actor';
import type { AnswerReveal as AnswerRevealValue } from '../../attempts/answerReveal';
import { attemptForReview } from '../../attempts/attemptReview';
import { listAttempts } from '../../attempts/attemptStore';
import { statisticsOfQuiz } from '../../attempts/classStatistics';
import { liveQuizByCode, publishedView, type PublishedQuiz } from '../../attempts/publishedQuiz';
import { normalizeShareCode } from '../../attempts/shareCode';
import { liveShareOfQuiz, publishQuiz, unpublishQuiz } from '../../attempts/shareStore';
import { AttemptOrder } from '../common/ordering';
import { submitAttempt } from '../../attempts/submitAttempt';
import { BadInputError, NotFoundError } from '../../errors';
import { quizAtVersion, quizAtVersions } from '../../quizzes/quizVersions';
import { pageRequest } from '../../paging/pagination';
import type { StoredQuiz } from '../../quizzes/storedQuiz';
import { ConnectionArgs, toConnection } from '../common/connection';
import { idOf, objectId } from '../common/globalId';
import { quizChanger, quizReader, signedIn } from '../access';
import type { Context } from '../context';
import { apiPartId, quizScope, withApiIds, withEngineIds, withQuestionApiId } from '../quizzes/apiIds';
import { QuizType } from '../quizzes/types';
import { PublishedQuizType } from './studentTypes';
import {
  AnswerInput,
  AnswerReveal,
  AttemptConnection,
  AttemptReviewType,
  PublishQuizInput,
  PublishQuizPayload,
  QuizShareType,
  QuizStatisticsType,
  SubmitAttemptInput,
  SubmitAttemptPayload,
  SubmittedAttemptType,
  UnpublishQuizInput,
  UnpublishQuizPayload,
} from './types';
import { attemptView, reviewView, shareView, studentQuestionIds } from './views';
import { questionKeyOf } from '../../attempts/shareQuestionIds';

/** What the cache-control plugin adds to info; absent when the plugin is not installed. */
type CacheControlled = GraphQLResolveInfo & { cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: 'PRIVATE' }): void } };

/**
 * A review is one student's answers behind a secret, and changes when the quiz closes: it must
 * never be kept by the public response cache, nor marked public for a proxy to keep.
 */
function neverCache(info: GraphQLResolveInfo): void {
  (info as CacheControlled).cacheControl?.setCacheHint({ maxAge: 0, scope: 'PRIVATE' });
}

async function quizOf(ctx: Context, globalId: string): Promise<StoredQuiz> {
  const quiz = await ctx.loaders.quiz.load(idOf('Quiz', globalId, 'quizId'));
  if (!quiz) throw new NotFoundError(`no quiz with id ${globalId}`);
  return quiz;
}

/** The quiz a key may change, and the actor to record. Signed in first, so no key learns nothing of which ids exist. */
async function changeableQuiz(ctx: Context, info: GraphQLResolveInfo, globalId: string): Promise<{ quiz: StoredQuiz; actor: Actor }> {
  await signedIn(ctx, info);
  const quiz = await quizOf(ctx, globalId);
  const viewer = await quizChanger(ctx, info, quiz);
  return { quiz, actor: { ownerId: viewer.keyId } };
}

@Resolver()
export class AttemptResolver {
  @Mutation(() => PublishQuizPayload, {
    nullable: true,
    description:
      'Opens the quiz to students under a share code, with `reveal` saying when they see the right answers. Publishing a published ' +
      'quiz returns its live code; asking for another reveal than the live one is BAD_USER_INPUT (unpublish, then publish again).',
  })
  @UseMiddleware(mutationPayload)
  async publishQuiz(
    @Arg('input', () => PublishQuizInput, { nullable: true }) input: PublishQuizInput | null,
    @Arg('quizId', () => ID, { nullable: true, deprecationReason: 'Use input: { quizId, reveal }.' }) quizId: string | null,
    @Arg('reveal', () => AnswerReveal, { nullable: true, deprecationReason: 'Use input: { quizId, reveal }.' }) reveal: AnswerRevealValue | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const chosen = inputOrLegacy(input, quizId == null ? null : { quizId, reveal: reveal ?? AnswerReveal.AFTER_SUBMISSION });
    const { quiz, actor } = await changeableQuiz(ctx, info, chosen.quizId);
    const share = shareView(await publishQuiz(ctx.dataSource, Number(quiz.id), actor, { reveal: chosen.reveal }), quiz);
    ctx.onWrite();
    return { share, ...share };
  }

  @Mutation(() => UnpublishQuizPayload, {
    nullable: true,
    description: 'Stops the live code working (attempts already made are kept); `stopped` is true when a live code was stopped. Publishing again gives a new code.',
  })
  @UseMiddleware(mutationPayload)
  async unpublishQuiz(@Arg('input', () => UnpublishQuizInput) input: UnpublishQuizInput, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const { quiz } = await changeableQuiz(ctx, info, input.quizId);
    const stopped = await unpublishQuiz(ctx.dataSource, Number(quiz.id));
    ctx.onWrite();
    return { stopped, quiz };
  }

  @Query(() => PublishedQuizType, { nullable: true, description: 'The quiz behind a live share code, without answers; NOT_FOUND for an unknown or unpublished code.' })
  async quizByCode(@Arg('code') code: string, @Ctx() ctx: Context): Promise<PublishedQuiz & { id: string }> {
    const { share, quiz } = await liveQuizByCode(ctx.dataSource, code);
    // The share's own ids, never the quiz's: those open the educator's views (shareQuestionIds.ts).
    const idOfQuestion = studentQuestionIds(questionKeyOf(share));
    const questions = quiz.questions.map((q) => withQuestionApiId(q, idOfQuestion(q.id)));
    return { ...publishedView({ share, quiz: { ...quiz, questions } }), id: objectId('PublishedQuiz', share.code) };
  }

  @Mutation(() => SubmitAttemptPayload, {
    nullable: true,
    description:
      'Grades and stores a student attempt; the result has the score and, per question, whether it was right, the right answer, its ' +
      'explanation and the quoted evidence; for a quiz published with reveal AFTER_CLOSE only the score and whether each was right ' +
      '(see AnswerReveal). One attempt per participant name per share code, the name compared ignoring case and extra spaces. ' +
      'Each question is worth one point. Choice, true/false, numeric (right within value ± tolerance) and fill-in-the-blank ' +
      '(compared ignoring case, punctuation and a leading article) earn 1 or 0. MATCHING earns the share of pairs matched right. ' +
      'ORDERING earns the share of the n − 1 adjacent pairs of the true order that the response keeps in the same relative order ' +
      '(one item moved loses about one pair; a reversed order earns 0); only the exact order is correct. Unanswered questions earn 0. ' +
      'Refused, storing nothing (BAD_USER_INPUT in userErrors; ALREADY_SUBMITTED for a name that has already submitted), for: an answer to a question not in the quiz, two answers to one question, not exactly one ' +
      'answer field or a field of another kind, ids that are not the question\'s own, a participant name empty or over 100 characters, ' +
      'no question answered at all, a name that has already submitted ("… has already submitted this quiz"). The result\'s ' +
      'reviewToken, shown only here, lets the student see the attempt again with Query.attemptReview.',
  })
  @UseMiddleware(mutationPayload)
  async submitAttempt(
    @Arg('input', () => SubmitAttemptInput, { nullable: true }) input: SubmitAttemptInput | null,
    @Arg('code', () => String, { nullable: true, deprecationReason: 'Use input: { code, participant, answers }.' }) code: string | null,
    @Arg('participant', () => String, { nullable: true, deprecationReason: 'Use input: { code, participant, answers }.' }) participant: string | null,
    @Arg('answers', () => [AnswerInput], { nullable: true, deprecationReason: 'Use input: { code, participant, answers }.' }) answers: AnswerInput[] | null,
    @Ctx() ctx: Context,
  ) {
    const legacy = code == null && participant == null && answers == null ? null : { code: code ?? '', participant: participant ?? '', answers: answers ?? [] };
    const submission = inputOrLegacy(input, legacy);
    // No ctx.onWrite(): no public (cacheable) read depends on attempts (Quiz.attempts and
    // Quiz.statistics are private), so a class submitting must not empty everyone's cache.
    const wait = ctx.attemptRate.take(normalizeShareCode(submission.code) ?? submission.code);
    if (wait > 0) {
      throw new GraphQLError(`This quiz is taking too many attempts at once: try again in ${wait} s.`, { extensions: { code: 'RATE_LIMITED', retryAfter: wait } });
    }
    const { attempt, quiz, answersRevealed, reviewToken, questionKey } = await submitAttempt(ctx.dataSource, {
      code: submission.code,
      participant: submission.participant,
      answers: submission.answers.map(withEngineIds),
    });
    const view = attemptView(attempt, quiz, { answersRevealed, answeredOnly: true, questionId: studentQuestionIds(questionKey) });
    const submitted: SubmittedAttemptType = { ...view, attemptId: view.id, reviewToken };
    return { attempt: submitted, ...submitted };
  }

  @Query(() => AttemptReviewType, {
    nullable: true,
    description:
      "A student's own attempt, opened with the reviewToken submitAttempt returned; no API key. The right answers, explanations and " +
      'evidence come with it as the share\'s reveal allows (see AttemptReview). NOT_FOUND for a token no attempt has.',
  })
  async attemptReview(@Arg('token') token: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<AttemptReviewType> {
    neverCache(info);
    return reviewView(await attemptForReview(ctx.dataSource, token));
  }
}

@Resolver(() => QuizType)
export class QuizAttemptsResolver {
  @FieldResolver(() => AttemptConnection, { nullable: true, description: 'Graded attempts, in submission order unless orderBy says otherwise.' })
  async attempts(
    @Root() quiz: StoredQuiz,
    @Args() page: ConnectionArgs,
    @Arg('orderBy', () => AttemptOrder, { nullable: true }) orderBy: AttemptOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    await quizReader(ctx, info, quiz);
    const attempts = await listAttempts(ctx.dataSource, Number(quiz.id), pageRequest(page), orderBy);
    // Each attempt with the questions of the version it answered.
    const versions = [...new Set(attempts.nodes.map((a) => a.quizVersion))];
    const atVersion = new Map((await quizAtVersions(ctx.dataSource, quiz, versions)).map((q, i) => [versions[i]!, q]));
    return toConnection(attempts, (a) => attemptView(a, atVersion.get(a.quizVersion) ?? quiz, { answersRevealed: true }));
  }

  @FieldResolver(() => QuizShareType, { nullable: true, description: 'The live share code and its reveal; null while the quiz is not published. Its owner (and an admin) only.' })
  async share(@Root() quiz: StoredQuiz, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<QuizShareType | null> {
    await quizReader(ctx, info, quiz);
    const live = await liveShareOfQuiz(ctx.dataSource, Number(quiz.id));
    return live ? shareView(live, quiz) : null;
  }

  @FieldResolver(() => QuizStatisticsType, {
    nullable: true,
    description: "The class's results at one version of the quiz (the current one unless `version` says): scores, and an item analysis of every question.",
  })
  async statistics(
    @Root() current: StoredQuiz,
    @Arg('version', () => Int, { nullable: true, description: 'A version number from Quiz.versions; the current version when omitted.' }) version: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<QuizStatisticsType> {
    await quizReader(ctx, info, current);
    const quiz = version == null ? current : await quizAtVersion(ctx.dataSource, current, version);
    if (!quiz) throw new BadInputError(`this quiz has versions 1 to ${current.version}; there is no version ${version}`, ['version']);
    const report = await statisticsOfQuiz(ctx.dataSource, quiz);
    const scope = quizScope(quiz.id);
    return {
      ...report,
      quizVersion: quiz.version,
      scoreDistribution: [...report.scoreDistribution],
      questions: report.questions.map((q) => {
        const question = withApiIds(q.question, scope);
        // True/false has no option objects: its 'true' and 'false' name the answers themselves.
        const optionId = (key: string) => (question.kind === 'TRUE_FALSE' ? key : apiPartId(question.id, key));
        return {
          ...q,
          question,
          number: q.position + 1,
          options: q.options ? q.options.map((o) => ({ ...o, optionId: optionId(o.optionId) })) : null,
          unusedDistractors: q.unusedDistractors.map(optionId),
        };
      }),
    };
  }
}
