// `npm run db:backup -- <dest>` copies the SQLite store (DATABASE_PATH) to <dest> while the server
// runs. Restore: stop the server, copy the backup over DATABASE_PATH (removing any -wal and -shm
// files beside it), start the server.
import { loadConfig } from '../src/config';
import { backupSqlite } from '../src/db/backup';

async function main(): Promise<void> {
  const destination = process.argv[2];
  if (!destination) throw new Error('usage: npm run db:backup -- <destination file>');
  const { database } = loadConfig();
  if (database.kind !== 'sqlite') throw new Error('DATABASE_URL is set: back PostgreSQL up with pg_dump instead');
  const { destination: written, pages } = await backupSqlite(database.path, destination);
  console.log(`backed up ${database.path} to ${written} (${pages} pages, integrity ok)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
