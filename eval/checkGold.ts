// npm run gold:check [file…]: checks every gold file (or the ones named) against its corpus text.

import { existsSync } from 'node:fs';
import { checkGold, corpusFiles, goldPath, readCorpusText, readGold } from './gold';

const wanted = process.argv.slice(2).map((f) => f.replace(/^.*?(news\/[^/]+?)(\.json|\.txt)?$/, '$1.txt'));
const files = wanted.length > 0 ? wanted : corpusFiles('news').filter((f) => existsSync(goldPath(f)));
let bad = 0;
for (const file of files) {
  const gold = readGold(file);
  if (!gold) {
    console.log(`${file}: no gold file at ${goldPath(file)}`);
    bad += 1;
    continue;
  }
  const problems = checkGold(gold, readCorpusText(file));
  console.log(`${file}: ${problems.length === 0 ? `ok (${gold.entities.length} entities, ${gold.claims.length} claims, ${gold.quantities.length} quantities, ${gold.dates.length} dates)` : ''}`);
  for (const p of problems) console.log(`  - ${p}`);
  if (problems.length > 0) bad += 1;
}
console.log(`${files.length - bad} of ${files.length} gold files well-formed`);
process.exitCode = bad > 0 ? 1 : 0;
