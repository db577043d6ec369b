// Builds the HTTP server: Apollo on /graphql inside an Express app that also serves the plain
// routes. Tests start this on a free port; main.ts starts it from the environment.
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import express from 'express';
import type { DataSource, Logger } from 'typeorm';
import type { Config } from './config';
import { openDataSource } from './db/dataSource';
import { createContext, type Context } from './graphql/context';
import { formatErrorFor } from './graphql/errors';
import { newsquizSchema } from './graphql/schema';
import { seedStore } from './seeds/seedStore';
import { exportRouter } from './web/exportRoute';

export interface RunningApp {
  readonly url: string;
  readonly graphqlUrl: string;
  readonly dataSource: DataSource;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Sees every SQL statement; tests count them. */
  readonly logger?: Logger;
}

export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const dataSource = await openDataSource(config.database, options.logger);
  if (config.seed) await seedStore(dataSource);

  const app = express();
  app.disable('x-powered-by');
  // Express would hash every response body for an ETag; GraphQL POSTs are not conditional requests.
  app.set('etag', false);
  const httpServer = http.createServer(app);

  // Cached public reads are keyed by this generation: a write in this process bumps it, so a
  // client never reads its own write stale. Other instances see it within responseCacheSeconds.
  let generation = 0;
  const onWrite = () => void generation++;

  const apollo = new ApolloServer<Context>({
    schema: await newsquizSchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    formatError: formatErrorFor(config.production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControl({ defaultMaxAge: config.responseCacheSeconds }),
      ...(config.responseCacheSeconds > 0 ? [responseCachePlugin({ extraCacheKeyData: async () => generation })] : []),
    ],
  });
  await apollo.start();

  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => createContext({ dataSource, onWrite }) }));
  app.use(exportRouter(dataSource));
  app.get('/', (_req, res) => res.redirect('/graphql'));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    dataSource,
    async stop() {
      await apollo.stop();
      await dataSource.destroy();
    },
  };
}
