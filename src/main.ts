import { startApp } from './app';
import { ConfigError, loadConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp(config);
  console.log(`newsquiz ready at ${app.graphqlUrl} (${config.database.kind === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL'})`);
  const shutdown = async () => {
    await app.stop();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
