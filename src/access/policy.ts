// Pure rules: a viewer and the thing it asks about in, yes or no out. No I/O, so every rule is
// tested as a table and the API layer only chooses the error.
import type { Viewer } from './viewer';

/** The one thing the quiz rules look at. Quizzes made before keys existed have no owner. */
export interface Owned {
  readonly ownerId: string | number | null;
}

const owns = (viewer: Viewer, thing: Owned): boolean => thing.ownerId !== null && Number(thing.ownerId) === viewer.keyId;

/** Educators read their own quizzes (with attempts and statistics); an admin reads every quiz. */
export function canReadQuiz(viewer: Viewer, quiz: Owned): boolean {
  return viewer.role === 'ADMIN' || owns(viewer, quiz);
}

/** Publishing and unpublishing: only the owner, admin included, so no one runs another's class. */
export function canChangeQuiz(viewer: Viewer, quiz: Owned): boolean {
  return owns(viewer, quiz);
}

/** Ingesting articles and generating quizzes: any key. Events are shared, quizzes are owned. */
export function canWrite(viewer: Viewer): boolean {
  return viewer.role === 'EDUCATOR' || viewer.role === 'ADMIN';
}

export function canManageKeys(viewer: Viewer): boolean {
  return viewer.role === 'ADMIN';
}

/** The owner a quiz list is narrowed to; null means every quiz. */
export function quizListOwner(viewer: Viewer): number | null {
  return viewer.role === 'ADMIN' ? null : viewer.keyId;
}
