// A consistent copy of the SQLite store while the server keeps running: SQLite's online backup
// API copies page by page and restarts itself if a writer changes a page it already copied, so
// the copy is one committed state. (Copying the file with cp can catch a half-checkpointed WAL.)
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export interface BackupResult {
  readonly destination: string;
  readonly pages: number;
}

export async function backupSqlite(source: string, destination: string): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
  const target = path.resolve(destination);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    // Waits rather than failing if the server holds the write lock for a moment.
    db.pragma('busy_timeout = 5000');
    const { totalPages } = await db.backup(target);
    const copy = new Database(target, { readonly: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    return { destination: target, pages: totalPages };
  } finally {
    db.close();
  }
}
