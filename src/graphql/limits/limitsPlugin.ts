// Refuses operations that ask too much before they run, and tells every client what its
// operation cost (`extensions.cost`), so a client can see how close it is to the limit.
// Token counts are bounded earlier, by the parser (ApolloServer's parseOptions.maxTokens).
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import { measureOperation } from './operationCost';

export interface QueryLimits {
  readonly maxCost: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
}

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

function tooComplex(message: string, extra: Record<string, number>): GraphQLError {
  // Without the http status Apollo would answer a plugin's error with 500.
  return new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, ...extra, http: { status: 400 } } });
}

export function queryLimitsPlugin<TContext extends BaseContext>(limits: QueryLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      let requested: number | null = null;
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
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
        },
        async willSendResponse({ response }) {
          if (requested === null || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested, limit: limits.maxCost } };
        },
      };
    },
  };
}
