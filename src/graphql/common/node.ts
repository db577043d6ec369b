import { Field, ID, InterfaceType } from 'type-graphql';

export const nodeTypeName = (value: { __typename?: string }) => value.__typename;

/** Objects the API can refetch by id (Relay's object identification). */
@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque id that Query.node can refetch.',
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID) id!: string;
}
