// Refuses operations that ask too much before they run, and tells every client what its
// operation cost (`extensions.cost`), so a client can see how close it is to the limit.
// Token counts are bounded earlier, by the parser (ApolloServer's parseOptions.maxTokens).
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import { actualCost } from './actualCost';
import type { CostBudget } from './costBudget';
import { OperationGate } from './costlyOperations';
import { measureOperation } from './operationCost';
import { countVariableValues } from './variableValues';

export interface QueryLimits {
  readonly maxCost: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
  /** Values (objects, arrays, keys, scalars) a request's variables may hold. */
  readonly maxVariableValues: number;
  /** Errors one response lists; the rest are counted in one last error. */
  readonly maxErrors: number;
  /** Operations costing at least this many points are costly: only `costlyAtOnce` execute at once. */
  readonly costlyCost: number;
  readonly costlyAtOnce: number;
}

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
export const TOO_MANY_ERRORS = 'TOO_MANY_ERRORS';

function tooComplex(message: string, extra: Record<string, number>): GraphQLError {
  // Without the http status Apollo would answer a plugin's error with 500.
  return new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, ...extra, http: { status: 400 } } });
}

export const RATE_LIMITED = 'RATE_LIMITED';

/**
 * `budget`, when given, is each client's cost points per minute: an operation spends what it
 * requests before it runs (refused with 429 and Retry-After when that is more than is left) and
 * gets back what its result did not use.
 */
export function queryLimitsPlugin<TContext extends BaseContext>(limits: QueryLimits, budget?: CostBudget<TContext>): ApolloServerPlugin<TContext> {
  const costly = new OperationGate(limits.costlyAtOnce);
  return {
    async requestDidStart({ contextValue }) {
      let requested: number | null = null;
      let spent = false;
      // Called when execution ends, and again (a no-op then) before the response goes: a slot must
      // not stay taken by a request whose execution never reported its end.
      let release = () => {};
      return {
        async executionDidStart() {
          if (requested === null || requested < limits.costlyCost) return;
          release = await costly.enter();
          return {
            async executionDidEnd() {
              release();
            },
          };
        },
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          // Before anything reads the variables: measureOperation does, then graphql-js coerces them.
          const values = countVariableValues(request.variables ?? {}, limits.maxVariableValues);
          if (values > limits.maxVariableValues) {
            throw tooComplex(`Variables hold more values than the limit of ${limits.maxVariableValues}.`, { maxVariableValues: limits.maxVariableValues });
          }
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const measures = measureOperation(schema, operation, fragments, request.variables ?? {});
          requested = measures.cost;
          if (measures.depth > limits.maxDepth) {
            throw tooComplex(`Query is nested ${measures.depth} levels deep; the limit is ${limits.maxDepth}.`, { depth: measures.depth, maxDepth: limits.maxDepth });
          }
          if (measures.aliases > limits.maxAliases) {
            throw tooComplex(`Query uses ${measures.aliases} aliases; the limit is ${limits.maxAliases}.`, { aliases: measures.aliases, maxAliases: limits.maxAliases });
          }
          if (measures.cost > limits.maxCost) {
            throw tooComplex(
              `Query cost ${measures.cost} exceeds the limit of ${limits.maxCost}: ask for smaller pages (first/last) or fewer nested connections.`,
              { cost: measures.cost, maxCost: limits.maxCost },
            );
          }
          if (!budget) return;
          const refused = budget.spend(contextValue, measures.cost);
          if (refused) {
            throw new GraphQLError(
              `This operation costs ${measures.cost} points and ${refused.remaining} are left of your budget: try again in ${refused.retryAfter} s, or ask for smaller pages.`,
              {
                extensions: {
                  code: RATE_LIMITED,
                  retryAfter: refused.retryAfter,
                  cost: { requested: measures.cost, actual: 0, remaining: refused.remaining, limit: limits.maxCost },
                  http: { status: 429, headers: new HeaderMap([['retry-after', String(refused.retryAfter)]]) },
                },
              },
            );
          }
          spent = true;
        },
        async willSendResponse({ response }) {
          release();
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          // A request can make as many errors as it has mistakes; the first few say what is wrong.
          if (result.errors && result.errors.length > limits.maxErrors) {
            const more = result.errors.length - limits.maxErrors;
            result.errors = [
              ...result.errors.slice(0, limits.maxErrors),
              { message: `${more} more error${more === 1 ? '' : 's'} not shown.`, extensions: { code: TOO_MANY_ERRORS, shown: limits.maxErrors, more } },
            ];
          }
          if (requested === null) return;
          // An operation refused before it ran returned nothing; one that ran, what it holds.
          const actual = result.data === undefined ? 0 : Math.min(requested, actualCost(result.data));
          let remaining: number | null = null;
          if (budget && spent) {
            spent = false;
            remaining = budget.refund(contextValue, requested, actual);
          }
          result.extensions = { ...result.extensions, cost: { requested, actual, remaining, limit: limits.maxCost } };
        },
      };
    },
  };
}
