// Who publishes a quiz, as the attempts services record it. The access checks happen before the
// services are called (src/graphql/access.ts); null is a caller with no key (scripts, tests).
export interface Actor {
  /** The API key's owner id, stored as quiz_share.owner_id when publishing. */
  readonly ownerId: number;
}

export function ownerIdOf(actor: Actor | null): number | null {
  return actor?.ownerId ?? null;
}
