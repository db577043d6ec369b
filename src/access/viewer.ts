// Who a request acts as, resolved once per request from its Authorization header.

export const NEEDS_KEY = 'This needs an educator API key: send Authorization: Bearer <key>';

export const ROLES = ['EDUCATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** A request carrying a valid, unrevoked key. */
export interface Viewer {
  readonly kind: 'key';
  readonly keyId: number;
  readonly name: string;
  readonly role: Role;
}

/**
 * No header at all, and a header naming no live key, are different answers: the first is a
 * reader of public news, the second a client that believes it is signed in and must be told not.
 */
export type ViewerState = Viewer | { readonly kind: 'anonymous' } | { readonly kind: 'invalid'; readonly reason: string };
