// `npm run bench -- export`: how much of a quiz survives into the choice-only game formats (issue
// 15 §3: at least 90% into Kahoot and Quizizz). 10-question quizzes from each news text of the
// corpus (three seeds), exported; a question survives when the file holds it (a matching question
// split into one item per left side survives only whole). Reported per split, with every reason a
// question was left out, so the losses can be traced to the kind and the limit that cost them.
import { readCorpusText, readSplits } from '../eval/gold';
import { exportQuiz } from '../src/export';
import { extractFacts } from '../src/ingest';
import { generateQuiz } from '../src/quiz';

const SEEDS = ['survival-1', 'survival-2', 'survival-3'];
const FORMATS = ['KAHOOT', 'QUIZIZZ', 'BLOOKET', 'GIMKIT'] as const;

interface Tally {
  kept: number;
  all: number;
  reasons: Map<string, number>;
}

/** "KAHOOT: q-…-2 left out: the question is 131 characters; …" -> "the question is over the limit", by kind. */
function reasonOf(kind: string, message: string): string {
  const why = message.replace(/^[A-Z_]+: /, '').replace(/^\S+ left out: /, 'left out: ').replace(/\d+/g, 'N');
  return `${kind}: ${why}`;
}

export async function exportSurvivalReport(): Promise<string> {
  const splits = readSplits();
  const lines: string[] = [];
  for (const split of ['dev', 'test'] as const) {
    const tallies = new Map(FORMATS.map((f) => [f, { kept: 0, all: 0, reasons: new Map() } as Tally]));
    for (const file of splits[split]) {
      const text = readCorpusText(file);
      const facts = extractFacts({ title: text.title, body: text.body, url: null, outlet: text.source || null, publishedAt: text.date });
      for (const seed of SEEDS) {
        const { questions } = generateQuiz(facts, { count: 10, seed });
        for (const format of FORMATS) {
          const out = await exportQuiz({ id: 'bench', title: text.title ?? 'quiz', questions }, format);
          const tally = tallies.get(format)!;
          const leftOut = new Map<string, string>();
          for (const w of out.warnings) if (w.questionId !== null && /left out/.test(w.message) && !leftOut.has(w.questionId)) leftOut.set(w.questionId, w.message);
          tally.all += questions.length;
          for (const q of questions) {
            const why = leftOut.get(q.id);
            if (why === undefined) tally.kept += 1;
            else tally.reasons.set(reasonOf(q.kind, why), (tally.reasons.get(reasonOf(q.kind, why)) ?? 0) + 1);
          }
        }
      }
    }
    for (const [format, t] of tallies) {
      lines.push(`${split} ${format}: ${t.kept} of ${t.all} questions survive (${((100 * t.kept) / Math.max(1, t.all)).toFixed(1)}%)`);
      if (format === 'KAHOOT' || format === 'QUIZIZZ') for (const [reason, n] of [...t.reasons].sort((a, b) => b[1] - a[1]).slice(0, 8)) lines.push(`    ${String(n).padStart(4)}  ${reason}`);
    }
  }
  return lines.join('\n');
}

if (require.main === module) {
  exportSurvivalReport().then(
    (report) => console.log(report),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
