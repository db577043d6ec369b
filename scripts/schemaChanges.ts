// Breaking changes of the schema since the last release, each allowed only once it is marked in
// schema/breaking-changes.json with the reason (and a CHANGELOG line saying what a client must
// change). graphql-js's own findBreakingChanges does the comparison: removed or retyped fields,
// arguments, enum values and types, new required arguments and input fields. Dangerous changes
// (a new enum value, a changed default) are listed, not refused: clients should handle them.
// At a release, copy schema/schema.graphql to schema/released.graphql and empty the marks.
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

export interface MarkedChange {
  /** `TYPE: description`, as graphql-js words it, e.g. "FIELD_REMOVED: Quiz.title was removed." */
  readonly change: string;
  readonly reason: string;
}

export interface SchemaChanges {
  /** Breaking changes no mark allows: these fail. */
  readonly unmarked: readonly string[];
  /** Marks that match no change any more: they fail too, so the list stays true. */
  readonly stale: readonly string[];
  readonly dangerous: readonly string[];
}

export function schemaChanges(releasedSdl: string, currentSdl: string, marks: readonly MarkedChange[]): SchemaChanges {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const breaking = findBreakingChanges(released, current).map((c) => `${c.type}: ${c.description}`);
  const marked = new Set(marks.map((m) => m.change));
  return {
    unmarked: breaking.filter((c) => !marked.has(c)),
    stale: marks.map((m) => m.change).filter((c) => !breaking.includes(c)),
    dangerous: findDangerousChanges(released, current).map((c) => `${c.type}: ${c.description}`),
  };
}
