// Every error a client sees has a code and a sentence a person understands; internals (stack
// traces, SQL, file paths) never leave the server in production, and are logged instead.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { BadInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors';
import type { LogLine } from '../http';

function validationMessage(error: ArgumentValidationError): string {
  const messages = error.extensions.validationErrors.flatMap((v) => Object.values(v.constraints ?? {}));
  return messages.length ? `Invalid input: ${messages.join('; ')}` : 'Invalid input';
}

/** Errors our services throw for the client's sake, with the code and message the client sees. */
function clientError(original: unknown): { code: string; message: string } | null {
  if (original instanceof BadInputError) return { code: 'BAD_USER_INPUT', message: original.message };
  if (original instanceof NotFoundError) return { code: 'NOT_FOUND', message: original.message };
  if (original instanceof UnauthenticatedError) return { code: 'UNAUTHENTICATED', message: original.message };
  if (original instanceof ForbiddenError) return { code: 'FORBIDDEN', message: original.message };
  if (original instanceof ArgumentValidationError) return { code: 'BAD_USER_INPUT', message: validationMessage(original) };
  return null;
}

/** True for an error the server caused: no client code, or Apollo's INTERNAL_SERVER_ERROR. */
export function isInternalError(error: unknown): boolean {
  if (clientError(unwrapResolverError(error))) return false;
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return code === undefined || code === 'INTERNAL_SERVER_ERROR';
}

export function formatErrorFor(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const base = { message: formatted.message, ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
    const client = clientError(unwrapResolverError(error));
    if (client) return { ...base, message: client.message, extensions: { code: client.code } };
    if (production && isInternalError(formatted)) {
      return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}

/**
 * Logs every internal error with the request's id and the field it broke: masked for the client
 * in production, it would otherwise leave no trace.
 */
export function internalErrorLog<C extends object>(log: LogLine | null): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc) {
          if (!log) return;
          for (const error of rc.errors) {
            if (!isInternalError(error)) continue;
            const original = unwrapResolverError(error);
            log({
              level: 'error',
              time: new Date().toISOString(),
              msg: 'internal error',
              requestId: rc.request.http?.headers.get('x-request-id') ?? null,
              operation: rc.operationName ?? null,
              path: error.path?.join('.') ?? null,
              error: original instanceof Error ? original.message : String(original),
              stack: original instanceof Error ? original.stack : undefined,
            });
          }
        },
      };
    },
  };
}
