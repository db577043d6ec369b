// Every error a client sees has a code and a sentence a person understands; internals (stack
// traces, SQL, file paths) never leave the server in production, and are logged instead.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
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

/**
 * graphql-js's own complaint about a request ("Too many errors processing variables, error limit
 * reached"): a GraphQLError with no code, no field path and nothing thrown behind it. Apollo gives
 * most of these a code, but not all; without this they were masked and logged as internal errors.
 */
function isRequestError(error: unknown): boolean {
  return error instanceof GraphQLError && !error.originalError && !error.path && error.extensions.code === undefined;
}

/** True for an error the server caused: no client code, or Apollo's INTERNAL_SERVER_ERROR. */
export function isInternalError(error: unknown): boolean {
  if (clientError(unwrapResolverError(error)) || isRequestError(error)) return false;
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return code === undefined || code === 'INTERNAL_SERVER_ERROR';
}

/**
 * A message longer than this is cut: graphql-js quotes the client's whole value in a coercion
 * error, so 10^5 unknown input fields made each of 50 messages 850 KB (a 42 MB answer).
 */
export const MAX_ERROR_MESSAGE_CHARS = 1000;

function bounded(message: string): string {
  return message.length <= MAX_ERROR_MESSAGE_CHARS ? message : `${message.slice(0, MAX_ERROR_MESSAGE_CHARS - 1)}…`;
}

/**
 * graphql-js suggests names close to a mistyped one ("Did you mean "body"?"), which lets a
 * stranger map the schema with introspection off. Apollo's hideSchemaDetailsFromClientErrors
 * strips them from validation errors only; variable coercion errors carry them too.
 */
const SUGGESTION = / ?Did you mean .+\?$/s;

/** Internal errors already logged with their request by internalErrorLog. */
const logged = new WeakSet<object>();

export function formatErrorFor(production: boolean, log: LogLine | null = null) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const message = bounded(production ? formatted.message.replace(SUGGESTION, '') : formatted.message);
    const base = { message, ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
    const client = clientError(unwrapResolverError(error));
    if (client) return { ...base, message: bounded(client.message), extensions: { code: client.code } };
    if (isRequestError(error)) return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
    if (isInternalError(error ?? formatted)) {
      // Errors thrown outside the operation (writing the response, building the context) reach
      // only this function: log them here, so no internal error goes unrecorded.
      if (log && !(typeof error === 'object' && error !== null && logged.has(error))) log(internalErrorEntry(error, null, null));
      if (production) return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return { ...formatted, message };
  };
}

function internalErrorEntry(error: unknown, requestId: string | null, operation: string | null): Record<string, unknown> {
  const original = unwrapResolverError(error);
  return {
    level: 'error',
    time: new Date().toISOString(),
    msg: 'internal error',
    requestId,
    operation,
    path: (error as { path?: readonly (string | number)[] } | null)?.path?.join('.') ?? null,
    error: original instanceof Error ? original.message : String(original),
    stack: original instanceof Error ? original.stack : undefined,
  };
}

/**
 * Logs every internal error with the request's id and the field it broke: masked for the client
 * in production, it would otherwise leave no trace. Client errors (4xx) are the client's to read,
 * not the operator's: they get no line here beyond the request log's.
 */
export function internalErrorLog<C extends object>(log: LogLine | null): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc) {
          if (!log) return;
          for (const error of rc.errors) {
            if (!isInternalError(error)) continue;
            logged.add(error);
            log(internalErrorEntry(error, rc.request.http?.headers.get('x-request-id') ?? null, rc.operationName ?? null));
          }
        },
      };
    },
  };
}
