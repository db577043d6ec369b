// The guards protected fields call first: they mark the answer private, resolve the viewer (once a
// request, memoised in the context) and turn a "no" from the pure policy into an error a client
// can act on. Services below know nothing of keys; resolvers stay one guard and one call.
//
// Another educator's quiz is FORBIDDEN, not NOT_FOUND: quiz ids are sequential and anyone may
// guess that quiz 7 exists, so hiding existence buys little, and FORBIDDEN tells a teacher with
// the wrong key what went wrong. Every path (quiz, node, publish, unpublish, export route) agrees.
import type { GraphQLResolveInfo } from 'graphql';
import { canChangeQuiz, canManageKeys, canReadQuiz, canWrite, type Owned } from '../access/policy';
import { NEEDS_KEY, type Viewer, type ViewerState } from '../access/viewer';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Context } from './context';

/** What the cache-control plugin adds to info; absent when the plugin is not installed. */
type CacheControlled = GraphQLResolveInfo & { cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }): void } };

/**
 * Set before any check, so even an UNAUTHENTICATED answer is never cached as public: one
 * viewer's answer must never be served to another, and an error must not outlive a new key.
 */
function keepPrivate(info: GraphQLResolveInfo): void {
  (info as CacheControlled).cacheControl?.setCacheHint({ maxAge: 0, scope: 'PRIVATE' });
}

/** The viewer of a state, or the error telling the client how to sign in. Pure, for the REST route too. */
export function viewerOrThrow(state: ViewerState): Viewer {
  if (state.kind === 'anonymous') throw new UnauthenticatedError(NEEDS_KEY);
  if (state.kind === 'invalid') throw new UnauthenticatedError(state.reason);
  return state;
}

export async function signedIn(ctx: Context, info: GraphQLResolveInfo): Promise<Viewer> {
  keepPrivate(info);
  return viewerOrThrow(await ctx.viewer());
}

/** Ingesting and generating. */
export async function writer(ctx: Context, info: GraphQLResolveInfo): Promise<Viewer> {
  const viewer = await signedIn(ctx, info);
  if (!canWrite(viewer)) throw new ForbiddenError('This key may not write');
  return viewer;
}

export function assertCanReadQuiz(viewer: Viewer, quiz: Owned): void {
  if (!canReadQuiz(viewer, quiz)) throw new ForbiddenError("This quiz belongs to another educator's key");
}

export async function quizReader(ctx: Context, info: GraphQLResolveInfo, quiz: Owned): Promise<Viewer> {
  const viewer = await signedIn(ctx, info);
  assertCanReadQuiz(viewer, quiz);
  return viewer;
}

export async function quizChanger(ctx: Context, info: GraphQLResolveInfo, quiz: Owned): Promise<Viewer> {
  const viewer = await signedIn(ctx, info);
  if (!canChangeQuiz(viewer, quiz)) throw new ForbiddenError("Only the educator whose key made this quiz may change it");
  return viewer;
}

export async function keyManager(ctx: Context, info: GraphQLResolveInfo): Promise<Viewer> {
  const viewer = await signedIn(ctx, info);
  if (!canManageKeys(viewer)) throw new ForbiddenError('Managing API keys needs an admin key');
  return viewer;
}
