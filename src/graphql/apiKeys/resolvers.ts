// Key management for admins over GraphQL: the same service as `npm run keys`.
import type { GraphQLResolveInfo } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Ctx, Field, Info, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyInfo } from '../../access/apiKeys';
import type { Role } from '../../access/viewer';
import { keyManager } from '../access';
import type { Context } from '../context';

const ApiKeyRole: Record<Role, Role> = { EDUCATOR: 'EDUCATOR', ADMIN: 'ADMIN' };
registerEnumType(ApiKeyRole, { name: 'ApiKeyRole', description: 'EDUCATOR: ingests, generates and runs its own quizzes. ADMIN: manages keys and reads every quiz.' });

@ObjectType('ApiKey', { description: 'An API key, never its secret: only a hash of that is stored.' })
export class ApiKeyType {
  @Field(() => Int, { description: 'The id `npm run keys -- revoke <id>` takes.' }) id!: number;
  @Field() name!: string;
  @Field(() => ApiKeyRole) role!: Role;
  @Field(() => DateTimeISOResolver) createdAt!: string;
  @Field(() => DateTimeISOResolver, { nullable: true }) revokedAt!: string | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyType {
  @Field(() => ApiKeyType) key!: ApiKeyInfo;
  @Field({ description: 'Send as Authorization: Bearer <secret>. Shown this once; it cannot be read again.' }) secret!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'Who holds it, e.g. "Ms Rivera"; 1 to 100 characters.' }) name!: string;
  @Field(() => ApiKeyRole) role!: Role;
}

@Resolver()
export class ApiKeyResolver {
  @Query(() => [ApiKeyType], { nullable: true, description: 'Every key, oldest first. Needs an admin key.' })
  async apiKeys(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ApiKeyInfo[]> {
    await keyManager(ctx, info);
    return listApiKeys(ctx.dataSource);
  }

  @Mutation(() => CreatedApiKeyType, { nullable: true, description: 'Makes a key and shows its secret once. Needs an admin key.' })
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<CreatedApiKeyType> {
    await keyManager(ctx, info);
    return createApiKey(ctx.dataSource, input);
  }

  @Mutation(() => ApiKeyType, { nullable: true, description: 'Stops a key working, at once and for good (revoking twice keeps the first time). Needs an admin key.' })
  async revokeApiKey(@Arg('id', () => Int) id: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ApiKeyInfo> {
    await keyManager(ctx, info);
    return revokeApiKey(ctx.dataSource, id);
  }
}
