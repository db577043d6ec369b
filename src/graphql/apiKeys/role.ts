import { registerEnumType } from 'type-graphql';
import type { Role } from '../../access/viewer';

export const ApiKeyRole: Record<Role, Role> = { EDUCATOR: 'EDUCATOR', ADMIN: 'ADMIN' };
registerEnumType(ApiKeyRole, { name: 'ApiKeyRole', description: 'EDUCATOR: ingests, generates and runs its own quizzes. ADMIN: manages keys and reads every quiz.' });
