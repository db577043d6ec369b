// Writes schema/schema.graphql from the code: `npm run schema`.
import fs from 'node:fs';
import path from 'node:path';
import { printedSchema } from '../src/graphql/schema';

printedSchema().then((sdl) => {
  const file = path.join(__dirname, '../../schema/schema.graphql');
  fs.writeFileSync(file, sdl);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
});
