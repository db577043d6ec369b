// Errors a client caused, thrown by services that know nothing of GraphQL. The API layer turns
// them into GraphQL errors with a code; anything else is an internal error and is masked.

/** Input the client can fix: becomes BAD_USER_INPUT. */
export class BadInputError extends Error {
  override readonly name = 'BadInputError';
}

/** A well-formed id that names nothing: becomes NOT_FOUND. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** No key, or a key that names no live key: becomes UNAUTHENTICATED. */
export class UnauthenticatedError extends Error {
  override readonly name = 'UnauthenticatedError';
}

/** A live key asking for what it may not have (another educator's quiz): becomes FORBIDDEN. */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}
