// Per-request context: the store and a fresh set of DataLoaders, so batching and caching never
// leak between requests, and so never between viewers with different keys.
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { viewerOf } from '../access/apiKeys';
import type { ViewerState } from '../access/viewer';
import * as batches from '../events/batches';
import type { EventFactsCache } from '../events/eventFactsCache';
import type { Offload } from '../offload/pool';
import type { ClaimParent } from '../events/batches';
import type { ClaimFilter } from '../events/lists';
import { quizOwnershipsByEvent, quizzesById } from '../quizzes/quizStore';
import { inLine, nextTurn } from './limits/eventLoopSlices';
import { MAX_ENTITY_MENTIONS } from './limits/listBounds';

export interface Services {
  readonly dataSource: DataSource;
  /** Called after every write so cached public reads are recomputed. */
  readonly onWrite: () => void;
  /** Signs a download path so a browser can fetch it without the API key (see web/signedLinks). */
  readonly signDownloadPath: (path: string, keyId: number) => string;
  /** Events' facts kept between requests, checked against the store on each use. */
  readonly eventFacts: EventFactsCache;
  /** Attempts per share code (issue 17 §2): a script inventing names cannot submit at will. */
  readonly attemptRate: { take(code: string): number };
  /** CPU-heavy work (extraction, question banks) off the event loop. */
  readonly offload: Offload;
}

export interface Context extends Services {
  readonly loaders: Loaders;
  /** Who the request acts as; looked up at most once, and only when a protected field asks. */
  readonly viewer: () => Promise<ViewerState>;
  /** Who spends the query cost budget: the client's address and key hash (see limits/costBudget). */
  readonly clients?: readonly string[];
}

// A batch reads at most 100 keys' rows (500 articles were 30-50 ms of synchronous SQLite work) and
// starts in a slice of the event loop with time left (see limits/eventLoopSlices). On SQLite,
// whose reads block the loop, batches also wait in one line; on PostgreSQL they overlap.
const byNumber = <V>(load: (ds: DataSource, keys: readonly number[]) => Promise<readonly (V | Error)[]>, ds: DataSource) =>
  new DataLoader<number, V>(
    ds.options.type === 'postgres'
      ? async (keys) => {
          await nextTurn();
          return load(ds, keys);
        }
      : (keys) => inLine(() => load(ds, keys)),
    { maxBatchSize: 100 },
  );

export function createLoaders(ds: DataSource) {
  const claimIdLoaders = new Map<string, DataLoader<number, number[]>>();
  return {
    article: byNumber(batches.articlesById, ds),
    event: byNumber(batches.eventsById, ds),
    entity: byNumber(batches.entitiesById, ds),
    claim: byNumber(batches.claimsById, ds),
    quantity: byNumber(batches.quantitiesById, ds),
    relation: byNumber(batches.relationsById, ds),
    timelineEntry: byNumber(batches.timelineEntriesById, ds),
    quantitiesOfClaim: byNumber(batches.quantitiesByClaim, ds),
    responsesToClaim: byNumber(batches.responseIdsByClaim, ds),
    articlesOfEvent: byNumber(batches.articleIdsByEvent, ds),
    eventsOfArticle: byNumber(batches.eventIdsByArticle, ds),
    entitiesOfEvent: byNumber(batches.entityIdsByEvent, ds),
    quantitiesOfEvent: byNumber(batches.quantitiesByEvent, ds),
    relationsOfEvent: byNumber(batches.relationsByEvent, ds),
    timelineOfEvent: byNumber(batches.timelineByEvent, ds),
    mentionsOfEntity: byNumber((d, ids) => batches.mentionsByEntity(d, ids, MAX_ENTITY_MENTIONS), ds),
    quiz: byNumber(quizzesById, ds),
    quizzesOfEvent: byNumber(quizOwnershipsByEvent, ds),
    /** One loader per (parent, filter): siblings asking the same question share one query. */
    claimIds(parent: ClaimParent, filter: ClaimFilter): DataLoader<number, number[]> {
      const key = `${parent}:${JSON.stringify(filter)}`;
      let loader = claimIdLoaders.get(key);
      if (!loader) {
        loader = byNumber((d, ids) => batches.claimIdsByParent(d, parent, ids, filter), ds);
        claimIdLoaders.set(key, loader);
      }
      return loader;
    },
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

/** `authorization` is the request's Authorization header, if any. */
export function createContext(services: Services, authorization?: string): Context {
  let viewer: Promise<ViewerState> | undefined;
  return { ...services, loaders: createLoaders(services.dataSource), viewer: () => (viewer ??= viewerOf(services.dataSource, authorization)) };
}

/** Loads many by id, dropping ids that name nothing (a row deleted between two reads). */
export async function loadAll<V>(loader: DataLoader<number, V | null>, ids: readonly number[]): Promise<V[]> {
  const values = await loader.loadMany(ids);
  return values.filter((v): v is V => v !== null && !(v instanceof Error));
}
