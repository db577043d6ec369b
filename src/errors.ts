// Errors a client caused, thrown by services that know nothing of GraphQL. The API layer turns
// them into GraphQL errors with a code; anything else is an internal error and is masked.

/** Input the client can fix: becomes BAD_USER_INPUT. `field` is the path of the input at fault, when one is. */
export class BadInputError extends Error {
  override readonly name: string = 'BadInputError';
  constructor(message: string, readonly field: readonly string[] | null = null) {
    super(message);
  }
}

/** A participant name that has already submitted at this share code: BAD_USER_INPUT, and ALREADY_SUBMITTED in userErrors. */
export class AlreadySubmittedError extends BadInputError {
  override readonly name = 'AlreadySubmittedError';
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
