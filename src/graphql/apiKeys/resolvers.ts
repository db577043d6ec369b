// Key management for admins over GraphQL: the same service as `npm run keys`.
import type { GraphQLResolveInfo } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Ctx, Field, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, UseMiddleware } from 'type-graphql';
import { inputOrLegacy, mutationPayload, MutationPayload } from '../common/mutations';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyInfo } from '../../access/apiKeys';
import type { Role } from '../../access/viewer';
import { keyManager } from '../access';
import type { Context } from '../context';
import { ApiKeyRole } from './role';


@ObjectType('ApiKey', { description: 'An API key, never its secret: only a hash of that is stored.' })
export class ApiKeyType {
  @Field(() => Int, { description: 'The id `npm run keys -- revoke <id>` takes.' }) id!: number;
  @Field() name!: string;
  @Field(() => ApiKeyRole) role!: Role;
  @Field(() => DateTimeISOResolver) createdAt!: string;
  @Field(() => DateTimeISOResolver, { nullable: true }) revokedAt!: string | null;
}

@ObjectType('CreateApiKeyPayload', { description: 'The new key and its secret, or userErrors saying why none was made.' })
export class CreateApiKeyPayload extends MutationPayload {
  @Field(() => ApiKeyType, { nullable: true }) key!: ApiKeyInfo | null;
  @Field(() => String, { nullable: true, description: 'Send as Authorization: Bearer <secret>. Shown this once; it cannot be read again.' }) secret!: string | null;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'Who holds it, e.g. "Ms Rivera"; 1 to 100 characters.' }) name!: string;
  @Field(() => ApiKeyRole) role!: Role;
  @Field(() => String, { nullable: true, description: 'Comes back unchanged in the payload.' }) clientMutationId?: string | null;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => Int, { description: 'The key to revoke (ApiKey.id).' }) id!: number;
  @Field(() => String, { nullable: true, description: 'Comes back unchanged in the payload.' }) clientMutationId?: string | null;
}

const OLD_SHAPE = 'Read apiKey instead: the payload once was the ApiKey itself.';

@ObjectType('RevokeApiKeyPayload', { description: 'The revoked key, or userErrors saying why nothing changed.' })
export class RevokeApiKeyPayload extends MutationPayload {
  @Field(() => ApiKeyType, { nullable: true }) apiKey!: ApiKeyInfo | null;
  // The ApiKey's fields, for clients written when revokeApiKey returned an ApiKey.
  @Field(() => Int, { nullable: true, deprecationReason: OLD_SHAPE }) id!: number | null;
  @Field(() => String, { nullable: true, deprecationReason: OLD_SHAPE }) name!: string | null;
  @Field(() => ApiKeyRole, { nullable: true, deprecationReason: OLD_SHAPE }) role!: Role | null;
  @Field(() => DateTimeISOResolver, { nullable: true, deprecationReason: OLD_SHAPE }) createdAt!: string | null;
  @Field(() => DateTimeISOResolver, { nullable: true, deprecationReason: OLD_SHAPE }) revokedAt!: string | null;
}

@Resolver()
export class ApiKeyResolver {
  @Query(() => [ApiKeyType], { nullable: true, description: 'Every key, oldest first. Needs an admin key.' })
  async apiKeys(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ApiKeyInfo[]> {
    await keyManager(ctx, info);
    return listApiKeys(ctx.dataSource);
  }

  @Mutation(() => CreateApiKeyPayload, { nullable: true, description: 'Makes a key and shows its secret once. Needs an admin key.' })
  @UseMiddleware(mutationPayload)
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    await keyManager(ctx, info);
    return createApiKey(ctx.dataSource, { name: input.name, role: input.role });
  }

  @Mutation(() => RevokeApiKeyPayload, { nullable: true, description: 'Stops a key working, at once and for good (revoking twice keeps the first time). Needs an admin key.' })
  @UseMiddleware(mutationPayload)
  async revokeApiKey(
    @Arg('input', () => RevokeApiKeyInput, { nullable: true }) input: RevokeApiKeyInput | null,
    @Arg('id', () => Int, { nullable: true, deprecationReason: 'Use input: { id }.' }) id: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    await keyManager(ctx, info);
    const chosen = inputOrLegacy(input, id == null ? null : { id });
    const key = await revokeApiKey(ctx.dataSource, chosen.id);
    return { apiKey: key, ...key };
  }
}
