import fs from 'node:fs';
import path from 'node:path';
import { printedSchema } from '../../../src/graphql/schema';
import { schemaChanges, type MarkedChange } from '../../../scripts/schemaChanges';

const schemaDir = path.join(__dirname, '../../../schema');
const released = fs.readFileSync(path.join(schemaDir, 'released.graphql'), 'utf8');
const marks = JSON.parse(fs.readFileSync(path.join(schemaDir, 'breaking-changes.json'), 'utf8')) as MarkedChange[];

test('every breaking change since the released schema is marked with its reason, and every mark is one', async () => {
  const changes = schemaChanges(released, await printedSchema(), marks);
  expect(changes.unmarked).toEqual([]);
  expect(changes.stale).toEqual([]);
  for (const m of marks) expect(m.reason.length).toBeGreaterThan(10);
});

const V1 = `
type Query { quiz(id: ID!): Quiz, quizzes(first: Int): [Quiz!]! }
type Quiz { id: ID! title: String! kind: Kind }
enum Kind { SHORT LONG }
`;

test('a removed field, a retyped field, a removed enum value and a new required argument are breaking', () => {
  const v2 = `
type Query { quiz(id: ID!, owner: ID!): Quiz, quizzes(first: Int): [Quiz!]! }
type Quiz { id: ID! title: Int! kind: Kind }
enum Kind { SHORT }
`;
  expect([...schemaChanges(V1, v2, []).unmarked].sort()).toEqual([
    'FIELD_CHANGED_KIND: Quiz.title changed type from String! to Int!.',
    'REQUIRED_ARG_ADDED: A required arg owner on Query.quiz was added.',
    'VALUE_REMOVED_FROM_ENUM: LONG was removed from enum type Kind.',
  ]);
});

test('additions are not breaking; a new enum value is dangerous, listed but not refused', () => {
  const v2 = `
type Query { quiz(id: ID!): Quiz, quizzes(first: Int, after: String): [Quiz!]!, search(query: String!): [Quiz!]! }
type Quiz { id: ID! title: String! kind: Kind, createdAt: String }
enum Kind { SHORT LONG MEDIUM }
`;
  const changes = schemaChanges(V1, v2, []);
  expect(changes.unmarked).toEqual([]);
  // graphql-js lists a new optional argument as dangerous too; neither is refused.
  expect([...changes.dangerous].sort()).toEqual(['OPTIONAL_ARG_ADDED: An optional arg after on Query.quizzes was added.', 'VALUE_ADDED_TO_ENUM: MEDIUM was added to enum type Kind.']);
});

test('a marked breaking change passes; a mark matching nothing is stale', () => {
  const v2 = V1.replace(' kind: Kind', '');
  const removed = 'FIELD_REMOVED: Quiz.kind was removed.';
  expect(schemaChanges(V1, v2, []).unmarked).toEqual([removed]);
  expect(schemaChanges(V1, v2, [{ change: removed, reason: 'kind was never filled in' }])).toMatchObject({ unmarked: [], stale: [] });
  expect(schemaChanges(V1, V1, [{ change: removed, reason: 'kind was never filled in' }]).stale).toEqual([removed]);
});
