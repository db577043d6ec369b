// Builds the HTTP server: Apollo on /graphql inside an Express app that also serves the plain
// routes. Tests start this on a free port; main.ts starts it from the environment.
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import express from 'express';
import type { DataSource, Logger } from 'typeorm';
import type { Config } from './config';
import { openDataSource } from './db/dataSource';
import { EventFactsCache } from './events/eventFactsCache';
import { compiledQueries } from './graphql/compiledExecution';
import { createContext, type Context } from './graphql/context';
import { formatErrorFor, internalErrorLog } from './graphql/errors';
import { queryLimitsPlugin } from './graphql/limits/limitsPlugin';
import { stringifyResultInSlices } from './graphql/limits/jsonInSlices';
import { responseSizePlugin } from './graphql/limits/responseSize';
import { noStorePlugin, publicResponseCache } from './graphql/responseCache';
import { newsquizSchema } from './graphql/schema';
import { seedStore } from './seeds/seedStore';
import { frontMiddleware, healthRoutes, jsonErrors, serverTimeoutOptions, stdoutLog, type LogLine } from './http';
import { etagAndCompression } from './http/etagAndCompression';
import { addressOf, apiKeyOf, TokenBuckets } from './http/rateLimit';
import { costBudget } from './graphql/limits/costBudget';
import { exportRouter } from './web/exportRoute';
import { signPath } from './web/signedLinks';
import { playRouter } from './web/playRouter';
import { offloadFor } from './offload/pool';

export interface RunningApp {
  readonly url: string;
  readonly graphqlUrl: string;
  readonly dataSource: DataSource;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Sees every SQL statement; tests count them. */
  readonly logger?: Logger;
  /** Where request log lines go when config.logRequests is on; stdout by default. */
  readonly log?: LogLine;
}

export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const dataSource = await openDataSource(config.database, options.logger);
  if (config.seed) await seedStore(dataSource);

  const app = express();
  app.disable('x-powered-by');
  // Express would hash every response body for an ETag; GraphQL POSTs are not conditional requests.
  // GETs get theirs from etagAndCompression.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(serverTimeoutOptions({ headersMs: config.headersTimeoutMs, requestMs: config.requestTimeoutMs }), app);
  const log = config.logRequests ? (options.log ?? stdoutLog) : null;
  let stopping = false;
  app.use(frontMiddleware(config, log));
  app.use(etagAndCompression());
  app.use(healthRoutes(dataSource, () => stopping));

  // Cached public reads are keyed by this generation: a write in this process bumps it, so a
  // client never reads its own write stale. Other instances see it within responseCacheSeconds.
  let generation = 0;
  const onWrite = () => void generation++;
  const eventFacts = new EventFactsCache();
  const offload = offloadFor(config);
  const attemptBuckets = new TokenBuckets(config.attemptRate);
  const attemptRate = { take: (code: string) => (config.attemptRate.perMinute > 0 ? attemptBuckets.take(code) : 0) };
  const signDownloadPath = (path: string, keyId: number) => signPath(path, keyId, config.linkSigningSecret, Math.floor(Date.now() / 1000));
  const responseCache = config.responseCacheSeconds > 0 ? publicResponseCache<Context>({ generation: () => generation }) : null;

  const apollo = new ApolloServer<Context>({
    ...(config.compileQueriesAfter < 0
      ? { schema: await newsquizSchema() }
      : { gateway: compiledQueries(await newsquizSchema(), config.compileQueriesAfter) }),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    formatError: formatErrorFor(config.production, log),
    // Stated, not left to the default: a browser form or a simple GET cannot run an operation.
    csrfPrevention: true,
    // main.ts owns SIGTERM: Apollo's own handler would re-raise it and exit 143 instead of 0.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: config.queryLimits.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      queryLimitsPlugin<Context>(config.queryLimits, config.costBudget.perMinute > 0 ? costBudget<Context>(config.costBudget, (c) => c.clients ?? []) : undefined),
      // Before the response cache, so a response over the cap is never stored.
      responseSizePlugin<Context>(config.maxResponseBytes),
      internalErrorLog<Context>(log),
      config.introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      // Without a response cache every answer is max-age 0, i.e. "no-store": Apollo's cache-control
      // plugin (installed by default unless disabled) would still work out a hint on every field
      // to reach that answer (7% of an uncached event query's CPU). State it once per response.
      ...(responseCache
        ? [ApolloServerPluginCacheControl({ defaultMaxAge: config.responseCacheSeconds })]
        : [ApolloServerPluginCacheControlDisabled(), noStorePlugin<Context>()]),
      ...(responseCache ? [responseCache.plugin] : []),
    ],
    stringifyResult: responseCache ? responseCache.stringifyResult : stringifyResultInSlices,
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const key = apiKeyOf(req);
        const clients = [`address ${addressOf(req)}`, ...(key === null ? [] : [`key ${key}`])];
        return { ...createContext({ dataSource, onWrite, signDownloadPath, eventFacts, attemptRate, offload }, req.headers.authorization), clients };
      },
    }),
  );
  app.use(exportRouter(dataSource, config.linkSigningSecret));
  app.use(playRouter());
  app.get('/', (_req, res) => res.redirect('/graphql'));
  app.use(jsonErrors(log));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    dataSource,
    async stop() {
      stopping = true;
      await apollo.stop();
      await offload.close();
      await dataSource.destroy();
    },
  };
}
