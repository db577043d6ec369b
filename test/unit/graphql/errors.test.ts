import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { formatErrorFor, internalErrorLog, isInternalError, MAX_ERROR_MESSAGE_CHARS } from '../../../src/graphql/errors';

const formattedOf = (error: GraphQLError): GraphQLFormattedError => ({ message: error.message, extensions: { code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' } });

describe('which errors are the server\'s', () => {
  test('a crash behind a GraphQLError is internal; graphql-js\'s own refusal of a request is not', () => {
    expect(isInternalError(new GraphQLError('Unexpected', { originalError: new TypeError('x is undefined') }))).toBe(true);
    expect(isInternalError(new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.'))).toBe(false);
    expect(isInternalError(new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }))).toBe(false);
  });
});

describe('an internal error thrown outside the operation (writing the response) still leaves a log line', () => {
  test('logged once by formatError when the operation\'s error log never saw it', () => {
    const lines: Record<string, unknown>[] = [];
    const format = formatErrorFor(true, (l) => lines.push(l));
    const error = new GraphQLError('Invalid string length', { originalError: new RangeError('Invalid string length') });
    expect(format(formattedOf(error), error)).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(lines).toEqual([expect.objectContaining({ level: 'error', msg: 'internal error', error: 'Invalid string length', stack: expect.stringContaining('RangeError') })]);
  });

  test('not twice when the operation\'s error log already wrote it with the request id', async () => {
    const lines: Record<string, unknown>[] = [];
    const log = (l: Record<string, unknown>) => lines.push(l);
    const error = new GraphQLError('boom', { originalError: new Error('boom'), path: ['events'] });
    const listener = await internalErrorLog(log).requestDidStart!({} as never);
    await listener!.didEncounterErrors!({ errors: [error], request: { http: { headers: new Map([['x-request-id', 'r-1']]) } } } as never);
    formatErrorFor(true, log)(formattedOf(error), error);
    expect(lines).toEqual([expect.objectContaining({ requestId: 'r-1', path: 'events' })]);
  });

  test('a client\'s error gets no log line', () => {
    const lines: Record<string, unknown>[] = [];
    const error = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
    expect(formatErrorFor(true, (l) => lines.push(l))(formattedOf(error), error).extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(lines).toEqual([]);
  });
});

test('a message quoting a huge client value is cut to MAX_ERROR_MESSAGE_CHARS', () => {
  const error = new GraphQLError(`Variable "$f" got invalid value { ${'a: 0, '.repeat(50_000)}}`, { extensions: { code: 'BAD_USER_INPUT' } });
  const message = formatErrorFor(false)(formattedOf(error), error).message;
  expect(message.length).toBe(MAX_ERROR_MESSAGE_CHARS);
  expect(message.startsWith('Variable "$f" got invalid value { a: 0, ')).toBe(true);
  expect(message.endsWith('…')).toBe(true);
});
