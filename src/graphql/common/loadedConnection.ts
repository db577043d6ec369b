// Connections whose nodes come from a per-request loader, so the nodes of a page (and anything
// they share with the rest of the response) are read once.
import type DataLoader from 'dataloader';
import { pageFromKeys, pageRequest, type Page } from '../../paging/pagination';
import { toConnection, type ConnectionArgs } from './connection';

function present<V>(value: V | null | Error | undefined, id: number): V {
  if (value === null || value === undefined || value instanceof Error) throw new Error(`node ${id} vanished between two reads`);
  return value;
}

/** A top-level page of rows, its nodes replaced by what the loader returns for their ids. */
export async function loadedConnection<V>(page: Page<{ id: number }>, loader: DataLoader<number, V | null>) {
  const ids = page.nodes.map((n) => n.id);
  const nodes = await loader.loadMany(ids);
  return toConnection(page, (_, i) => present(nodes[i], ids[i]!));
}

/**
 * A nested connection: slice the parent's ids in memory, then load the page's nodes only if the
 * query selects them (the getters run only when their field is resolved), so
 * `claims { totalCount }` reads ids alone.
 */
export function nestedConnection<V>(ids: readonly number[], args: ConnectionArgs, loader: DataLoader<number, V | null>) {
  const page = pageFromKeys(ids, pageRequest(args));
  let loaded: Promise<V[]> | undefined;
  const nodes = () => (loaded ??= loader.loadMany(page.nodes).then((found) => found.map((n, i) => present(n, page.nodes[i]!))));
  return {
    pageInfo: page.pageInfo,
    totalCount: page.totalCount,
    get nodes() {
      return nodes();
    },
    get edges() {
      return nodes().then((found) => found.map((node, i) => ({ cursor: page.cursors[i]!, node })));
    },
  };
}
