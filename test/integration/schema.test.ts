import fs from 'node:fs';
import path from 'node:path';
import { printedSchema } from '../../src/graphql/schema';

test('schema/schema.graphql is the schema the code builds (run `npm run schema` after changing types)', async () => {
  const committed = fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8');
  expect(await printedSchema()).toBe(committed);
});
