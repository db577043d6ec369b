// Query cost, depth and aliases as the limits plugin measures them, on a small Relay schema.
import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { measureOperation } from '../../../src/graphql/limits/operationCost';

const schema = buildSchema(`
  type Query { events(first: Int, last: Int): EventConnection!, version: String }
  type EventConnection { nodes: [Event!]!, edges: [EventEdge!]!, totalCount: Int!, pageInfo: PageInfo! }
  type EventEdge { node: Event! }
  type PageInfo { hasNextPage: Boolean! }
  type Event { id: ID!, title: String!, place: Place, claims(first: Int): ClaimConnection! }
  type Place { name: String! }
  type ClaimConnection { nodes: [Claim!]!, totalCount: Int! }
  type Claim { id: ID!, speaker: Place }
`);

function measure(source: string, variables: Record<string, unknown> = {}) {
  const doc = parse(source);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return measureOperation(schema, operation, fragments, variables);
}

test('scalars are free, but every request costs at least one point', () => {
  expect(measure('{ version }')).toEqual({ cost: 1, depth: 1, aliases: 0 });
});

test('a connection costs one, plus one per node of the page it asks for', () => {
  expect(measure('{ events(first: 5) { totalCount nodes { id } } }').cost).toBe(1 + 5);
  expect(measure('{ events(last: 3) { edges { node { id } } } }').cost).toBe(1 + 3 * 2);
});

test('without first or last, a page is the default 20', () => {
  expect(measure('{ events { nodes { id } } }').cost).toBe(21);
});

test('nested connections multiply, as GitHub and Shopify count them', () => {
  const cost = measure('query($n: Int) { events(first: $n) { nodes { claims(first: 10) { nodes { speaker { name } } } } } }', { n: 4 }).cost;
  // events 1 + 4 × (node 1 + claims 1 + 10 × (claim 1 + speaker 1))
  expect(cost).toBe(1 + 4 * (1 + 1 + 10 * 2));
});

test('depth counts nested fields, through fragments', () => {
  const m = measure('{ events { nodes { ...E } } } fragment E on Event { place { name } }');
  expect(m.depth).toBe(4);
});

test('aliases are counted wherever they are', () => {
  expect(measure('{ a: version b: version events { x: totalCount } }').aliases).toBe(3);
});

test('a fragment spread many times is measured once but counted each time', () => {
  const spreads = Array.from({ length: 50 }, () => '...P').join(' ');
  const m = measure(`{ events(first: 1) { nodes { ${spreads} } } } fragment P on Event { place { name } }`);
  expect(m.cost).toBe(1 + 1 * (1 + 50));
});

describe('plain lists and long text, costed by how much they can answer', () => {
  const news = buildSchema(`
    type Query { nodes(ids: [ID!]!): [Node]!, entity: NewsEntity }
    interface Node { id: ID! }
    type Event implements Node { id: ID!, title: String! }
    type NewsEntity implements Node { id: ID!, name: String!, aliases: [String!]!, mentions: [Evidence!]! }
    type Evidence { text: String!, article: Article! }
    type Article implements Node { id: ID!, body: String!, title: String }
  `);
  const cost = (source: string, variables: Record<string, unknown> = {}) =>
    measureOperation(news, parse(source).definitions[0] as OperationDefinitionNode, {}, variables).cost;

  test('nodes(ids:) costs once per id asked, a repeated id as often as it is repeated', () => {
    const id = 'RXZlbnQ6MQ';
    // Before: 1 + (1 + 0) however many ids: 100 copies of one event cost what one did.
    expect(cost(`{ nodes(ids: ["${id}"]) { id } }`)).toBe(1);
    const hundred = JSON.stringify(Array.from({ length: 100 }, () => id));
    expect(cost(`{ nodes(ids: ${hundred}) { id } }`)).toBe(100);
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Event { title } } }', { ids: [id, id, id] })).toBe(3);
  });

  test('mentions costs its bound of 50, and an article body one point per 500 characters of its 100,000', () => {
    // entity 1 + 50 × (mention 1)
    expect(cost('{ entity { mentions { text } } }')).toBe(1 + 50);
    // entity 1 + 50 × (mention 1 + article (1 + body 200)): over a limit of 10,000
    expect(cost('{ entity { mentions { article { body } } } }')).toBe(1 + 50 * (1 + 1 + 200));
    expect(cost('{ entity { mentions { article { title } } } }')).toBe(1 + 50 * 2);
  });

  test('a list of scalars stays free; short text stays free', () => {
    expect(cost('{ entity { name aliases } }')).toBe(1);
  });
});
