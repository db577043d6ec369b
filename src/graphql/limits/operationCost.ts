// What an operation asks of the server, measured from its AST and the schema before anything
// runs: how deep it nests, how many aliases it uses, and a cost that counts the objects it could
// return. Pure: no I/O, no Apollo. The plugin in ./limitsPlugin.ts turns these into refusals.
//
// Cost, as GitHub's and Shopify's APIs count it: every field that returns an object costs one
// point for each time it can be reached; scalars are free. A connection's `nodes` and `edges`
// are reached `first` (or `last`) times per parent, DEFAULT_PAGE_SIZE when neither is given, so
// nested connections multiply. `totalCount` and `pageInfo` are reached once per connection.
// A plain list is reached as many times as it can be long: `nodes(ids:)` once per id asked
// (duplicates too: each copy is answered in full), any other by its bound in ./listBounds.ts.
// Long text costs by its bounded size (Article.body, one point per CHARS_PER_POINT characters).
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../../paging/pagination';
import { listBound, textCost } from './listBounds';

export interface OperationMeasures {
  readonly cost: number;
  /** Levels of nested fields; `{ a }` is 1. */
  readonly depth: number;
  readonly aliases: number;
}

type Variables = Readonly<Record<string, unknown>>;

interface Measure {
  /** Cost of one evaluation of the selection set. */
  cost: number;
  depth: number;
  aliases: number;
}

function pageSizeOf(args: readonly { name: { value: string }; value: ValueNode }[], variables: Variables): number {
  for (const name of ['first', 'last']) {
    const arg = args.find((a) => a.name.value === name);
    if (!arg) continue;
    const value = arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : arg.value.kind === Kind.INT ? Number(arg.value.value) : null;
    // A bad or missing size is rejected by the resolver; for cost, the default page stands in.
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  }
  return DEFAULT_PAGE_SIZE;
}

const isConnection = (type: GraphQLCompositeType) => type.name.endsWith('Connection');

/** The most ids `Query.nodes` answers at once (its resolver refuses more). */
const MAX_NODE_IDS = 100;

/** How many ids `nodes(ids:)` asks for, literal or variable; the most it accepts when unknown. */
function idCountOf(args: readonly { name: { value: string }; value: ValueNode }[], variables: Variables): number {
  const arg = args.find((a) => a.name.value === 'ids');
  if (!arg) return MAX_NODE_IDS;
  const value = arg.value;
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return Array.isArray(given) ? given.length : given === undefined || given === null ? 0 : 1;
  }
  // A single id coerces to a list of one.
  return 1;
}

/** How many times a plain list field (outside a connection page) is reached per parent. */
function plainListLength(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[], variables: Variables): number {
  if (parent.name === 'Query' && field.name === 'nodes') return idCountOf(args, variables);
  return listBound(parent.name, field.name);
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Variables = {},
): OperationMeasures {
  // Fragments are measured once and reused: a document spreading a fragment a thousand times
  // costs a thousand times as much, but measuring it stays linear in the document's size.
  const fragmentMeasures = new Map<string, Measure>();
  const visiting = new Set<string>();

  function measureSet(set: SelectionSetNode, parent: GraphQLCompositeType, connectionSize: number | null): Measure {
    const total: Measure = { cost: 0, depth: 0, aliases: 0 };
    const add = (m: Measure) => {
      total.cost += m.cost;
      total.depth = Math.max(total.depth, m.depth);
      total.aliases += m.aliases;
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const alias = selection.alias ? 1 : 0;
        const field = fieldOf(parent, selection.name.value);
        const type = field ? getNamedType(field.type) : undefined;
        if (!field || !type || !isCompositeType(type) || !selection.selectionSet) {
          add({ cost: field ? textCost(parent.name, field.name) : 0, depth: 1, aliases: alias });
          continue;
        }
        const child = measureSet(selection.selectionSet, type, isConnection(type) ? pageSizeOf(selection.arguments ?? [], variables) : null);
        // Inside a connection, its lists are reached once per item of the page; elsewhere a list
        // is reached once per item it can hold.
        const isList = isListType(getNullableType(field.type));
        const times = !isList ? 1 : connectionSize !== null ? connectionSize : plainListLength(parent, field, selection.arguments ?? [], variables);
        add({ cost: times * (1 + child.cost), depth: 1 + child.depth, aliases: alias + child.aliases });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        add(measureSet(selection.selectionSet, on && isCompositeType(on) ? on : parent, connectionSize));
      } else {
        add(measureFragment(selection.name.value, connectionSize));
      }
    }
    return total;
  }

  function measureFragment(name: string, connectionSize: number | null): Measure {
    const key = `${name}/${connectionSize ?? ''}`;
    const known = fragmentMeasures.get(key);
    if (known) return known;
    const fragment = fragments[name];
    // Unknown or cyclic spreads fail validation; measuring them as empty keeps this total.
    if (!fragment || visiting.has(name)) return { cost: 0, depth: 0, aliases: 0 };
    const on = schema.getType(fragment.typeCondition.name.value);
    if (!on || !isCompositeType(on)) return { cost: 0, depth: 0, aliases: 0 };
    visiting.add(name);
    const measure = measureSet(fragment.selectionSet, on, connectionSize);
    visiting.delete(name);
    fragmentMeasures.set(key, measure);
    return measure;
  }

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return { cost: 0, depth: 0, aliases: 0 };
  const measure = measureSet(operation.selectionSet, root, null);
  // Every operation costs at least one point: `{ __typename }` is still a request.
  return { cost: Math.max(1, measure.cost), depth: measure.depth, aliases: measure.aliases };
}
