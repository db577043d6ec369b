// A response cache for public reads, kept in this process as the results themselves.
//
// Apollo's response-cache plugin stores results as JSON text, so every hit parses a response only
// for Apollo to serialise it again; on the event query that parse, then the serialisation, were
// the largest costs of a hit. Here a hit hands Apollo the stored result object, and
// `stringifyResult` recognises it and reuses its JSON, written once. Results are never mutated
// after execution, so holding the objects is safe. Only PUBLIC, error-free query results are kept
// (the cache-control plugin computes that policy), never requests carrying credentials, and each
// entry lives at most its computed max-age.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { stringifyInSlices, stringifyResultInSlices } from './limits/jsonInSlices';

/** The policy the cache-control plugin computed for a cacheable result. */
interface Policy {
  readonly maxAge: number;
  readonly scope: 'PUBLIC' | 'PRIVATE';
}

interface Entry {
  readonly data: Record<string, unknown>;
  readonly policy: Policy;
  readonly expiresAt: number;
}

export interface ResponseCacheOptions {
  /** Part of every key: bump it after a write so no one reads this process's writes stale. */
  readonly generation: () => number;
  readonly maxEntries?: number;
  readonly now?: () => number;
}

export interface ResponseCache<C extends object> {
  readonly plugin: ApolloServerPlugin<C>;
  /** For ApolloServer's `stringifyResult`: the same text as Apollo's own, without re-serialising hits. */
  readonly stringifyResult: (result: { errors?: unknown; data?: unknown; extensions?: unknown }) => Promise<string>;
}

export function publicResponseCache<C extends object>(options: ResponseCacheOptions): ResponseCache<C> {
  const entries = new Map<string, Entry>();
  const serialised = new WeakMap<object, string>();
  /** Result objects this cache holds: only these are safe to serialise once and reuse. */
  const cachedData = new WeakSet<object>();
  const maxEntries = options.maxEntries ?? 500;
  const now = options.now ?? Date.now;

  const keyOf = (rc: GraphQLRequestContext<C>): string | null => {
    if (rc.operation?.operation !== 'query' || rc.request.http?.headers.get('authorization')) return null;
    return `${options.generation()}\u0000${rc.operationName ?? ''}\u0000${JSON.stringify(rc.request.variables ?? {})}\u0000${rc.source}`;
  };

  const plugin: ApolloServerPlugin<C> = {
    async requestDidStart() {
      let key: string | null = null;
      let hit = false;
      return {
        async responseForOperation(rc) {
          key = keyOf(rc);
          if (key === null) return null;
          const entry = entries.get(key);
          if (!entry) return null;
          if (entry.expiresAt <= now()) {
            entries.delete(key);
            return null;
          }
          // Refresh its place: the Map's insertion order is the eviction order.
          entries.delete(key);
          entries.set(key, entry);
          hit = true;
          rc.overallCachePolicy.replace(entry.policy);
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: entry.data } } };
        },
        async willSendResponse(rc) {
          if (hit || key === null || rc.response.body.kind !== 'single') return;
          const { data, errors } = rc.response.body.singleResult;
          const policy = rc.overallCachePolicy.policyIfCacheable();
          if (errors || !data || !policy || policy.scope === 'PRIVATE') return;
          entries.set(key, { data, policy, expiresAt: now() + policy.maxAge * 1000 });
          cachedData.add(data);
          if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
        },
      };
    },
  };

  const stringifyResult: ResponseCache<C>['stringifyResult'] = async (result) => {
    const data = result.data;
    if (result.errors !== undefined || data === null || typeof data !== 'object' || !cachedData.has(data)) {
      return stringifyResultInSlices(result);
    }
    let json = serialised.get(data);
    if (json === undefined) {
      json = await stringifyInSlices(data);
      serialised.set(data, json);
    }
    // Byte for byte what JSON.stringify({ errors: undefined, data, extensions }) writes.
    return result.extensions === undefined ? `{"data":${json}}\n` : `{"data":${json},"extensions":${JSON.stringify(result.extensions)}}\n`;
  };

  return { plugin, stringifyResult };
}

/**
 * With no response cache, what the cache-control plugin would conclude for every response,
 * without instrumenting every field to conclude it: no answer may be stored, the public ones
 * included, since nothing here promises them fresh for any time.
 */
export function noStorePlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
