// Opaque global ids (Relay's object identification): base64url of "Type:localId". Clients must
// not parse them; we decode them to find the type and the stored row.
import { BadInputError } from '../../errors';

export const NODE_TYPES = ['Article', 'Event', 'NewsEntity', 'Claim', 'Quantity', 'Relation', 'TimelineEntry', 'Quiz', 'Attempt'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export function toGlobalId(type: NodeType, localId: string | number): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  readonly type: NodeType;
  readonly id: number;
}

export function fromGlobalId(globalId: string): DecodedId {
  const decoded = /^[A-Za-z0-9_-]{1,64}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const match = /^([A-Za-z]+):([1-9][0-9]{0,14})$/.exec(decoded);
  const type = match?.[1] as NodeType | undefined;
  if (!match || !type || !NODE_TYPES.includes(type)) {
    throw new BadInputError(`"${globalId.slice(0, 80)}" is not a valid id`);
  }
  return { type, id: Number(match[2]) };
}

/** Decodes an id that must name a node of `type`; an id of another type is a client mistake. */
export function idOf(type: NodeType, globalId: string, argument = 'id'): number {
  let decoded: DecodedId;
  try {
    decoded = fromGlobalId(globalId);
  } catch (error) {
    throw error instanceof BadInputError ? new BadInputError(error.message, argument.split('.')) : error;
  }
  if (decoded.type !== type) {
    throw new BadInputError(`${argument} must be the id of a ${type}; got the id of a ${decoded.type}`, argument.split('.'));
  }
  return decoded.id;
}

/**
 * An opaque id for an object Query.node does not refetch (a share, a published quiz): unique for
 * its type, so a normalised client cache keeps such objects apart, and no more readable than a node's.
 */
export function objectId(type: string, localId: string | number): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}
