// SQLite through TypeORM's better-sqlite3 driver is one connection and one query runner, shared by
// every request. Two transactions overlapping in time therefore meet on that connection: the
// second BEGIN fails ("cannot start a transaction within a transaction"), and a statement of
// another request, run while a transaction is open, silently becomes part of it (rolled back
// with it, or reading what it has not committed). So on SQLite a transaction takes the connection
// for itself: transactions run one after another, and a statement from outside any transaction
// waits until none is open. Statements issued from within a transaction (its async context,
// tracked with AsyncLocalStorage) go straight through, nested transactions (savepoints) too.
//
// better-sqlite3 runs each statement synchronously, so this queue costs no parallelism SQLite
// had: what waits is only what would otherwise have run inside someone else's transaction.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** Work on the connection, one holder at a time, in the order asked. */
class ConnectionQueue {
  private tail: Promise<unknown> = Promise.resolve();
  readonly holder = new AsyncLocalStorage<true>();

  /** Runs `work` alone on the connection; from inside a holder's work, runs it at once. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.holder.getStore()) return work();
    const run = this.tail.then(() => this.holder.run(true, work));
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/** Makes every transaction and statement of a SQLite DataSource take the one connection in turn. */
export function queueOnOneConnection(ds: DataSource): void {
  if (ds.options.type !== 'better-sqlite3') return;
  const queue = new ConnectionQueue();

  const manager: EntityManager = ds.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = ((...args: unknown[]) => queue.exclusive(() => transaction(...args))) as EntityManager['transaction'];

  // The driver hands out this one runner for every statement (DataSource.query, find, builders).
  const runner: QueryRunner = ds.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  runner.query = ((...args: unknown[]) => queue.exclusive(() => query(...args))) as QueryRunner['query'];
}
