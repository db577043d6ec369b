// Queries run as compiled JavaScript (graphql-jit) instead of graphql-js's interpreter, which
// walks the document, builds each field's arguments and info, and completes each value by type
// on every request. graphql-jit does that walk once per document and emits a function.
//
// It sits behind Apollo Server's gateway hook, the one place Apollo lets another executor run a
// validated operation; everything before execution (parsing, validation, the query limits, the
// response cache) and after it (error formatting, the response size cap) is Apollo's as before.
// Apollo still instruments the schema's resolvers for its plugins (the response size cap, cache
// hints), and the compiled code calls those same resolvers, so those plugins see every field.
//
// Mutations and subscriptions, and any document graphql-jit cannot compile, go to graphql-js
// unchanged. A document runs `compileAfter` times through graphql-js before it is compiled (once by
// default, so the second run compiles): compiling costs about as much as a few dozen executions,
// and a client sending one-off queries must not make the server compile each of them. Apollo keeps
// parsed documents by their text, so a repeated query arrives as the same DocumentNode.
import type { ApolloServerOptions } from '@apollo/server';
import { execute, getVariableValues, GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = NonNullable<Extract<ApolloServerOptions<object>, { gateway?: unknown }>['gateway']>;
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** graphql-jit's error: GraphQLError's fields, but not graphql's class. */
interface JitError {
  readonly message: string;
  readonly locations?: GraphQLError['locations'];
  readonly path?: ReadonlyArray<string | number>;
  readonly originalError?: Error;
}

/**
 * The error graphql-js would have made: its own GraphQLError (Apollo and formatError test for the
 * class), an error thrown as a located GraphQLError kept as it is, as locatedError does.
 */
function asGraphQLError(error: JitError): GraphQLError {
  const original = error.originalError;
  if (original instanceof GraphQLError && original.path) return original;
  const converted = new GraphQLError(error.message, { path: error.path, originalError: original ?? null });
  (converted as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return converted;
}

function fromJit(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return { data: result.data };
  return { data: result.data, errors: result.errors.map((e) => asGraphQLError(e as JitError)) };
}

/** A document seen once (a count), then compiled (or null when graphql-jit could not). */
type Compilation = { seen: number } | { query: CompiledQuery | null };

export function compiledQueries(schema: GraphQLSchema, compileAfter = 1): Gateway {
  const byDocument = new WeakMap<DocumentNode, Map<string, Compilation>>();

  function compiled(document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    let operations = byDocument.get(document);
    if (!operations) byDocument.set(document, (operations = new Map()));
    const key = operationName ?? '';
    const state = operations.get(key);
    if (state && 'query' in state) return state.query;
    const seen = state?.seen ?? 0;
    if (seen < compileAfter) {
      operations.set(key, { seen: seen + 1 });
      return null;
    }
    let query: CompiledQuery | null = null;
    try {
      const result = compileQuery(schema, document, operationName);
      query = isCompiledQuery(result) ? (result as CompiledQuery) : null;
    } catch {
      query = null;
    }
    operations.set(key, { query });
    return query;
  }

  const executor: Executor = async ({ document, operation, request, context }) => {
    const query = operation.operation === 'query' ? compiled(document, request.operationName ?? undefined) : null;
    if (query) {
      const variables = request.variables ?? {};
      // graphql-js's coercion first, for its errors: one per bad value, at most 50 (graphql-jit
      // stops at the first), each naming the value as graphql-js does. Clients and the error
      // limits were written against those.
      if (operation.variableDefinitions?.length) {
        const coerced = getVariableValues(schema, operation.variableDefinitions, variables, { maxErrors: 50 });
        if (coerced.errors) return { errors: coerced.errors };
      }
      return fromJit(await query.query(undefined, context, variables));
    }
    return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}
