// Typed errors so callers can tell a caller's mistake from an engine fault: the GraphQL layer maps
// QuizInputError to BAD_USER_INPUT and shows its message as is, so messages are written for people.

/** The quiz request is invalid: bad count, unknown kind, unknown question ids. */
export class QuizInputError extends Error {
  override readonly name = 'QuizInputError';
}

/** A response's shape does not fit the question's kind (an option id for a numeric question). */
export class ResponseKindError extends Error {
  override readonly name = 'ResponseKindError';
}
