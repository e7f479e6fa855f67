import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { DescriptionCache, LintOutcome, LintSettings } from './create-linter.ts';
import type { LintBatch, LintReply, LintTask } from './lint-protocol.ts';

/** How to spread the work. */
export interface LintPoolOptions {
  /** Working directory of the files. */
  cwd: string;
  /** Worker threads to use, at most one per core; `1` lints in this thread (default: one per core when there are enough files). */
  jobs?: number;
  /** Called after each file with how many are done (default: none). */
  onProgress?: (done: number) => void;
  /** Where API description indexes are kept across runs (default: nowhere). */
  descriptionCache?: DescriptionCache;
}

/** The preset rejected the linter's settings: a problem of the configuration, not of a file. */
export class LinterSetupError extends Error {
  /**
   * @param message Why the preset rejected the settings.
   */
  constructor(message: string) {
    super(message);
    this.name = 'LinterSetupError';
  }
}

/** Fewer files than this are linted in this thread: starting workers would cost more than it saves. */
export const workerThreshold = 48;
const batchSize = 8;

/**
 * How many worker threads to start: the number asked for, at most one per available core (more
 * only add memory and switching), default one per core when there are at least
 * {@link workerThreshold} files per thread, and never more than there are batches of files.
 *
 * @param files How many files there are to lint.
 * @param asked Threads asked for with `--jobs` (default: decided here).
 * @returns The number of threads; `1` lints in the calling thread.
 */
export function workerCount(files: number, asked?: number): number {
  const cores = availableParallelism();
  const wanted = asked ?? (files >= workerThreshold ? Math.ceil(files / workerThreshold) : 1);
  return Math.max(1, Math.min(wanted, cores, Math.ceil(files / batchSize)));
}

/**
 * Lint files with the Specmark preset, in worker threads (one per core) when there are enough of
 * them, else in this thread.
 *
 * @param tasks The files.
 * @param settings The linter's settings.
 * @param options Where and how (see {@link LintPoolOptions}).
 * @returns Each task's outcome, by task index (messages `null` for a file that is not a spec).
 * @throws {LinterSetupError} When the preset rejects the settings.
 * @throws {Error} When a worker thread stops.
 */
export async function lintInPool(tasks: readonly LintTask[], settings: LintSettings, options: LintPoolOptions): Promise<Map<number, LintOutcome>> {
  const jobs = workerCount(tasks.length, options.jobs);
  const results = new Map<number, LintOutcome>();
  if (tasks.length === 0) return results;
  if (jobs <= 1) {
    // The preset is loaded only when a file is linted in this thread: cached runs never load it.
    const { createLinter } = await import('./create-linter.ts');
    let lint: Awaited<ReturnType<typeof createLinter>>;
    try {
      lint = await createLinter(settings, options.cwd, options.descriptionCache);
    } catch (error) {
      throw new LinterSetupError(error instanceof Error ? error.message : String(error));
    }
    for (const task of tasks) {
      results.set(task.index, await lint(task.path, task.value));
      options.onProgress?.(results.size);
    }
    return results;
  }
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './lint-worker.ts' : './lint-worker.js', import.meta.url);
  const execArgv = fromSource && !process.execArgv.includes('--conditions=@specmark/source') ? [...process.execArgv, '--conditions=@specmark/source'] : process.execArgv;
  // Loaded only here: a check that lints in this thread starts without it.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: jobs }, () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(url, { workerData: { settings, cwd: options.cwd, descriptionCache: options.descriptionCache }, execArgv });
          workers.push(worker);
          const send = (): void => {
            if (next >= tasks.length) {
              resolve();
              return;
            }
            const batch: LintBatch = { tasks: tasks.slice(next, next + batchSize) };
            next += batchSize;
            worker.postMessage(batch);
          };
          worker.on('message', (reply: LintReply) => {
            if (reply.kind === 'error') {
              reject(reply.stage === 'setup' ? new LinterSetupError(reply.message) : new Error(reply.message));
              return;
            }
            for (const { index, messages, readsRepository, descriptions } of reply.results) results.set(index, { messages, readsRepository, descriptions });
            options.onProgress?.(results.size);
            send();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (next < tasks.length || results.size < tasks.length) reject(new Error(`lint worker stopped with exit code ${code}`));
          });
          send();
        }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
