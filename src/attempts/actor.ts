// The seam for access control (another engineer's work): every attempts service takes the actor
// acting, null until API keys exist. Today null may do everything; later a service will check it.
export interface Actor {
  /** The API key's owner id, stored as quiz_share.owner_id when publishing. */
  readonly ownerId: number;
}

export function ownerIdOf(actor: Actor | null): number | null {
  return actor?.ownerId ?? null;
}
