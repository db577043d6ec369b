// `npm run bench`: every benchmark and quality figure, printed. Figures compare runs made in this
// same process on this same machine; absolute numbers move with the machine, ratios less so.
import 'reflect-metadata';
import { apiThroughputReport } from './apiThroughput';
import { exportSurvivalReport } from './exportSurvival';
import { extractionReport } from './extractionQuality';
import { ingestScaleReport } from './ingestScale';
import { quizQualityReport } from './quizQuality';
import { quizThroughputReport } from './quizThroughput';
import { searchIndexCostReport } from './searchIndexCost';

type Report = [title: string, run: () => Promise<string>];

const reports: Report[] = [
  ['API throughput, uncached first (issues 2, 13)', apiThroughputReport],
  ['Extraction quality and speed (issue 4)', extractionReport],
  ['Ingest rate and store scale (issue 4)', ingestScaleReport],
  ['Quiz quality and generation time (issue 3)', quizQualityReport],
  ['Quiz generation through GraphQL (issue 3)', quizThroughputReport],
  ['Questions that survive export to the game formats (issue 15)', exportSurvivalReport],
  ['Search index cost and search time (issue 12)', searchIndexCostReport],
];

async function main() {
  const only = process.argv[2];
  for (const [title, run] of reports) {
    if (only && !title.toLowerCase().includes(only.toLowerCase())) continue;
    console.log(`\n=== ${title} ===`);
    console.log(await run());
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
