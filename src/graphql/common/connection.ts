// Relay cursor connections for any node type.
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../../paging/pagination';

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Page size walking forward, 0 to 100 (default 20).' })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'Start after this cursor.' })
  after?: string | null;
  @Field(() => Int, { nullable: true, description: 'Page size walking backward from `before` or the end, 0 to 100.' })
  last?: number | null;
  @Field(() => String, { nullable: true, description: 'End before this cursor.' })
  before?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: readonly T[];
  pageInfo: Page<T>['pageInfo'];
  totalCount: number;
}

export function connectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements Connection<T> {
    @Field(() => [Edge]) edges!: { cursor: string; node: T }[];
    @Field(() => [node], { description: 'The nodes of `edges`, for clients that need no cursors.' }) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'All items matching the filter, over every page.' }) totalCount!: number;
  }
  return ConnectionType;
}

export function toConnection<T, U = T>(page: Page<T>, map: (item: T, index: number) => U = (item) => item as unknown as U): Connection<U> {
  const nodes = page.nodes.map(map);
  return {
    edges: nodes.map((node, i) => ({ cursor: page.cursors[i]!, node })),
    nodes,
    pageInfo: page.pageInfo,
    totalCount: page.totalCount,
  };
}
