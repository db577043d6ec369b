import { Field, ID, InterfaceType } from 'type-graphql';

/** Objects the API can refetch by id (Relay's object identification). */
@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque id that Query.node can refetch.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID) id!: string;
}
