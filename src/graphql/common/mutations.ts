// Mutation conventions (Relay's, as GitHub and Shopify follow them): one `input` argument, a
// `…Payload` result carrying `clientMutationId` back and `userErrors` for the failures a client
// expects and shows a person (bad input, not allowed, already submitted). The unexpected (the
// store down, a bug) stays a top-level error.
//
// A client whose selection does not ask for `userErrors` cannot see them: it would take a refused
// mutation for a success with empty fields. So for such a client (every client written before
// payloads existed) an expected failure stays the top-level error it always was.
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError, Field, ObjectType, registerEnumType, type MiddlewareFn } from 'type-graphql';
import { AlreadySubmittedError, BadInputError, ForbiddenError, NotFoundError } from '../../errors';

export const UserErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  ALREADY_SUBMITTED: 'ALREADY_SUBMITTED',
  RATE_LIMITED: 'RATE_LIMITED',
} as const;
export type UserErrorCodeValue = keyof typeof UserErrorCode;
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused: the same codes top-level errors carry, plus ALREADY_SUBMITTED.',
  valuesConfig: {
    BAD_USER_INPUT: { description: 'The input is wrong; `field` says where when one field is at fault.' },
    NOT_FOUND: { description: 'An id or code names nothing.' },
    FORBIDDEN: { description: 'This key may not do it (another educator’s quiz, an admin-only action).' },
    ALREADY_SUBMITTED: { description: 'This participant name has already submitted at this share code.' },
    RATE_LIMITED: { description: 'Too many at once; the message says when to try again.' },
  },
});

@ObjectType('UserError', { description: 'An expected reason a mutation did nothing: for the person using the client to read and fix.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'The path of the input field at fault, from the argument: ["input", "count"]; null when no one field is.' })
  field!: string[] | null;
  @Field({ description: 'A sentence a person understands.' }) message!: string;
  @Field(() => UserErrorCode) code!: UserErrorCodeValue;
}

/** The fields every payload has. Not in the schema itself: each payload type inherits them. */
@ObjectType('MutationPayloadFields')
export abstract class MutationPayload {
  @Field(() => String, { nullable: true, description: 'The input’s clientMutationId, unchanged: to match a response to its request.' })
  clientMutationId!: string | null;
  @Field(() => [UserError], { description: 'Why the mutation did nothing, when it was refused for a reason the client can show; empty on success.' })
  userErrors!: UserError[];
}

function validationField(error: ArgumentValidationError, argument: string | null): string[] | null {
  const [first] = error.extensions.validationErrors;
  return first?.property ? fieldPath([first.property], argument) : null;
}

/** The user error an expected failure becomes; null for the unexpected. */
export function userErrorOf(error: unknown, argument: string | null = 'input'): UserError | null {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (original instanceof AlreadySubmittedError) return { code: 'ALREADY_SUBMITTED', message: original.message, field: original.field ? fieldPath(original.field, argument) : null };
  if (original instanceof BadInputError) return { code: 'BAD_USER_INPUT', message: original.message, field: original.field ? fieldPath(original.field, argument) : null };
  if (original instanceof NotFoundError) return { code: 'NOT_FOUND', message: original.message, field: null };
  if (original instanceof ForbiddenError) return { code: 'FORBIDDEN', message: original.message, field: null };
  if (original instanceof ArgumentValidationError) {
    const messages = original.extensions.validationErrors.flatMap((v) => Object.values(v.constraints ?? {}));
    return { code: 'BAD_USER_INPUT', message: messages.length ? `Invalid input: ${messages.join('; ')}` : 'Invalid input', field: validationField(original, argument) };
  }
  if (original instanceof GraphQLError && original.extensions.code === 'RATE_LIMITED') return { code: 'RATE_LIMITED', message: original.message, field: null };
  return null;
}

/** Paths our services give ("input.eventId", "answers[2].optionId") from the argument; null for the old separate arguments. */
function fieldPath(field: readonly string[], argument: string | null): string[] {
  const parts = field.flatMap((f) => f.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== ''));
  return argument === null || parts[0] === argument ? parts : [argument, ...parts];
}

function selects(set: SelectionSetNode | undefined, name: string, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): boolean {
  return (set?.selections ?? []).some((s) => {
    if (s.kind === 'Field') return s.name.value === name;
    if (s.kind === 'InlineFragment') return selects(s.selectionSet, name, fragments, seen);
    if (seen.has(s.name.value)) return false;
    seen.add(s.name.value);
    return selects(fragments[s.name.value]?.selectionSet, name, fragments, seen);
  });
}

/** Whether this field's selection asks for userErrors (directly or through fragments). */
export function asksForUserErrors(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node: FieldNode) => selects(node.selectionSet, 'userErrors', info.fragments));
}

/**
 * Wraps a mutation: success comes back with `userErrors: []` and the clientMutationId; an
 * expected failure as a payload with its user error (when asked for); anything else is thrown.
 * Around argument validation too, so class-validator's refusals become user errors.
 */
export const mutationPayload: MiddlewareFn = async ({ args, info }, next) => {
  const input = (args as { input?: { clientMutationId?: string | null } | null }).input;
  const clientMutationId = input?.clientMutationId ?? null;
  try {
    const result = (await next()) as object;
    return { clientMutationId, userErrors: [], ...result };
  } catch (error) {
    const userError = userErrorOf(error, input ? 'input' : null);
    if (!userError || !asksForUserErrors(info)) throw error;
    return { clientMutationId, userErrors: [userError] };
  }
};

/** The new `input` or the old separate arguments, exactly one of the two. */
export function inputOrLegacy<T>(input: T | null | undefined, legacy: T | null): T {
  if (input && legacy) throw new BadInputError('give `input` or the deprecated separate arguments, not both', ['input']);
  const chosen = input ?? legacy;
  if (!chosen) throw new BadInputError('give `input`', ['input']);
  return chosen;
}
