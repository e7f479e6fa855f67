import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LintSettings } from './create-linter.ts';
import type { LintMessage } from './lint-message.ts';
import type { LintBatch, LintReply, LintTask } from './lint-protocol.ts';

/** How to spread the work. */
export interface LintPoolOptions {
  /** Working directory of the files. */
  cwd: string;
  /** Worker threads to use; `1` lints in this thread (default: one per core when there are enough files). */
  jobs?: number;
  /** Called after each file with how many are done (default: none). */
  onProgress?: (done: number) => void;
}

/** Fewer files than this are linted in this thread: starting workers would cost more than it saves. */
export const workerThreshold = 48;
const batchSize = 8;

/**
 * Lint files with the Specmark preset, in worker threads (one per core) when there are enough of
 * them, else in this thread.
 *
 * @param tasks The files.
 * @param settings The linter's settings.
 * @param options Where and how (see {@link LintPoolOptions}).
 * @returns Each task's messages, by task index.
 * @throws {Error} When the linter cannot be built or fails.
 */
export async function lintInPool(tasks: readonly LintTask[], settings: LintSettings, options: LintPoolOptions): Promise<Map<number, LintMessage[]>> {
  const jobs = options.jobs ?? (tasks.length >= workerThreshold ? Math.min(availableParallelism(), Math.ceil(tasks.length / workerThreshold)) : 1);
  const results = new Map<number, LintMessage[]>();
  if (tasks.length === 0) return results;
  if (jobs <= 1) {
    // The preset is loaded only when a file is linted in this thread: cached runs never load it.
    const { createLinter } = await import('./create-linter.ts');
    const lint = await createLinter(settings, options.cwd);
    for (const task of tasks) {
      results.set(task.index, await lint(task.path, task.value));
      options.onProgress?.(results.size);
    }
    return results;
  }
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './lint-worker.ts' : './lint-worker.js', import.meta.url);
  const execArgv = fromSource && !process.execArgv.includes('--conditions=@specmark/source') ? [...process.execArgv, '--conditions=@specmark/source'] : process.execArgv;
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: Math.min(jobs, Math.ceil(tasks.length / batchSize)) }, () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(url, { workerData: { settings, cwd: options.cwd }, execArgv });
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
              reject(new Error(reply.message));
              return;
            }
            for (const result of reply.results) results.set(result.index, result.messages);
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
