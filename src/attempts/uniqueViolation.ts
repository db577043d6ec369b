// Which failed writes are a unique index saying no. Only those are worth retrying or turning
// into a client's mistake; any other failure (a full disk, a dropped connection, a trigger) is
// the server's problem and must surface as it is.
import { QueryFailedError } from 'typeorm';

/**
 * PostgreSQL's unique_violation, and better-sqlite3's extended code for a UNIQUE index (a primary
 * key clash is SQLITE_CONSTRAINT_PRIMARYKEY, a NOT NULL or CHECK failure has codes of its own).
 */
const UNIQUE_VIOLATION_CODES: ReadonlySet<string> = new Set(['23505', 'SQLITE_CONSTRAINT_UNIQUE']);

export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError: unknown = error.driverError;
  const code = typeof driverError === 'object' && driverError !== null && 'code' in driverError ? driverError.code : undefined;
  return typeof code === 'string' && UNIQUE_VIOLATION_CODES.has(code);
}
