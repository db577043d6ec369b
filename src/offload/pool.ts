// The worker pool and the Offload interface the shell uses. Each task has a time budget; past it the
// worker is stopped (piscina aborts the task and replaces the thread) and the caller gets a
// BadInputError. The pool opens on first use with all its threads, which stay up (a thread loads
// the NLP model once, about a second): a budget should time the work, not a thread's start.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { EventFacts } from '../domain/facts';
import { BadInputError } from '../errors';
import { adoptQuestionBank, hasQuestionBank } from '../quiz';
import { prepareBank, read, type ExtractInput, type PreparedBank, type Reading } from './tasks';

export interface Offload {
  read(input: ExtractInput): Promise<Reading>;
  prepareBank(facts: EventFacts): Promise<PreparedBank>;
  close(): Promise<void>;
}

/** The same calls on the calling thread: for the CLI and scripts, where nothing else waits. */
export function inProcess(): Offload {
  return {
    read: async (input) => read(input),
    prepareBank: async (facts) => prepareBank(facts),
    close: async () => undefined,
  };
}

export interface PoolOptions {
  /** Worker threads; the default leaves one core to the event loop. */
  readonly threads?: number;
  /** Milliseconds one task may run before it is stopped. */
  readonly budgetMs: number;
}

/** Running from TypeScript sources (tests, `node -r swcRegister`): workers load them the same way. */
function workerFile(): { filename: string; execArgv: string[] } {
  const ext = path.extname(__filename);
  const filename = path.join(__dirname, `worker${ext}`);
  if (ext !== '.ts') return { filename, execArgv: [] };
  return { filename, execArgv: ['--require', path.join(__dirname, '..', '..', 'test', 'support', 'swcRegister.cjs')] };
}

const TOO_LONG: Record<'read' | 'prepareBank', (budget: string) => string> = {
  read: (budget) => `Reading this article took longer than ${budget} and was stopped; split the text into shorter articles and try again`,
  prepareBank: (budget) => `Building the questions for this event took longer than ${budget} and was stopped; make the quiz from fewer of its articles (articleIds)`,
};

/** "15 s", "1.5 s", "0.1 s". */
function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;
}

export function inWorkers(options: PoolOptions): Offload {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const { filename, execArgv } = workerFile();
  let pool: Piscina | null = null;
  const open = (): Piscina => (pool ??= new Piscina({ filename, name: 'read', execArgv, minThreads: threads, maxThreads: threads }));
  async function run<T>(name: 'read' | 'prepareBank', input: unknown): Promise<T> {
    const signal = AbortSignal.timeout(options.budgetMs);
    try {
      return (await open().run(input, { name, signal })) as T;
    } catch (error) {
      if (signal.aborted) {
        throw new BadInputError(TOO_LONG[name](seconds(options.budgetMs)));
      }
      throw error;
    }
  }
  return {
    read: (input) => run<Reading>('read', input),
    prepareBank: (facts) => run<PreparedBank>('prepareBank', facts),
    async close() {
      const running = pool;
      pool = null;
      await running?.destroy();
    },
  };
}

/** Makes sure the facts' question bank is built, building it through `offload` when it is not. */
export async function readyQuestionBank(offload: Offload, facts: EventFacts): Promise<void> {
  if (!hasQuestionBank(facts)) adoptQuestionBank(facts, await offload.prepareBank(facts));
}

/** The pool the server uses, from its config: workers, or the event loop when there are none. */
export function offloadFor(config: { readonly workerThreads: number; readonly taskBudgetMs: number }): Offload {
  return config.workerThreads === 0 ? inProcess() : inWorkers({ threads: config.workerThreads, budgetMs: config.taskBudgetMs });
}
