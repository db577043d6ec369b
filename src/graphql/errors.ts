// Every error a client sees has a code and a sentence a person understands; internals (stack
// traces, SQL, file paths) never leave the server in production.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { BadInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors';

function validationMessage(error: ArgumentValidationError): string {
  const messages = error.extensions.validationErrors.flatMap((v) => Object.values(v.constraints ?? {}));
  return messages.length ? `Invalid input: ${messages.join('; ')}` : 'Invalid input';
}

export function formatErrorFor(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
    if (original instanceof BadInputError) return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
    if (original instanceof NotFoundError) return { ...base, message: original.message, extensions: { code: 'NOT_FOUND' } };
    if (original instanceof UnauthenticatedError) return { ...base, message: original.message, extensions: { code: 'UNAUTHENTICATED' } };
    if (original instanceof ForbiddenError) return { ...base, message: original.message, extensions: { code: 'FORBIDDEN' } };
    if (original instanceof ArgumentValidationError) return { ...base, message: validationMessage(original), extensions: { code: 'BAD_USER_INPUT' } };
    const code = formatted.extensions?.code;
    if (production && (code === undefined || code === 'INTERNAL_SERVER_ERROR')) {
      return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}
