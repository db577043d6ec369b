// `npm run keys -- create --role educator --name "Ms Rivera"` prints a new key, once.
// `npm run keys -- list` shows keys without secrets; `npm run keys -- revoke <id>` stops one working.
// Works on the store the server uses (DATABASE_PATH or DATABASE_URL).
import 'reflect-metadata';
import { createApiKey, listApiKeys, parseRole, revokeApiKey, type ApiKeyInfo } from '../src/access/apiKeys';
import { loadConfig } from '../src/config';
import { openDataSource } from '../src/db/dataSource';
import { BadInputError, NotFoundError } from '../src/errors';

const USAGE = 'usage: npm run keys -- create --role educator|admin --name "<name>" | list | revoke <id>';

const line = (k: ApiKeyInfo) => [k.id, k.role.toLowerCase(), k.revokedAt ? `revoked ${k.revokedAt}` : 'live', k.createdAt, k.name].join('\t');

function option(argv: string[], name: string): string {
  const i = argv.indexOf(name);
  const value = i >= 0 ? argv[i + 1] : undefined;
  if (value === undefined || value.startsWith('--')) throw new BadInputError(`${name} is required\n${USAGE}`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'create' && command !== 'list' && command !== 'revoke') throw new BadInputError(USAGE);
  // Arguments are checked before the store is opened, so a typo changes nothing.
  const role = command === 'create' ? parseRole(option(rest, '--role')) : null;
  const name = command === 'create' ? option(rest, '--name') : null;
  const id = command === 'revoke' ? Number(rest[0]) : null;
  if (id !== null && !(Number.isInteger(id) && id > 0)) throw new BadInputError(`revoke takes a key id (a positive integer)\n${USAGE}`);

  const dataSource = await openDataSource(loadConfig().database);
  try {
    if (role !== null && name !== null) {
      const { key, secret } = await createApiKey(dataSource, { role, name });
      console.error(`Made key ${key.id} (${key.role.toLowerCase()}, "${key.name}"). The key is shown once; store it now:`);
      console.log(secret);
    } else if (id !== null) {
      const key = await revokeApiKey(dataSource, id);
      console.log(`revoked key ${key.id} ("${key.name}") at ${key.revokedAt}`);
    } else {
      for (const key of await listApiKeys(dataSource)) console.log(line(key));
    }
  } finally {
    await dataSource.destroy();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof BadInputError || error instanceof NotFoundError ? 1 : 2);
  },
);
