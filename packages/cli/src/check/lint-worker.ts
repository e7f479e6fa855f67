import { parentPort, workerData } from 'node:worker_threads';
import { createLinter, type DescriptionCache, type LintSettings } from './create-linter.ts';
import type { LintBatch, LintReply } from './lint-protocol.ts';

/**
 * Worker thread of the lint pool: builds one linter from `workerData` and lints the batches the
 * main thread sends, replying with each file's messages.
 */
const { settings, cwd, descriptionCache } = workerData as { settings: LintSettings; cwd: string; descriptionCache?: DescriptionCache };
const port = parentPort!;
let lint: Awaited<ReturnType<typeof createLinter>>;
try {
  lint = await createLinter(settings, cwd, descriptionCache);
} catch (error) {
  port.postMessage({ kind: 'error', stage: 'setup', message: error instanceof Error ? error.message : String(error) } satisfies LintReply);
}

port.on('message', async (batch: LintBatch) => {
  try {
    const results = [];
    for (const task of batch.tasks) results.push({ index: task.index, ...(await lint(task.path, task.value)) });
    port.postMessage({ kind: 'done', results } satisfies LintReply);
  } catch (error) {
    port.postMessage({ kind: 'error', stage: 'lint', message: error instanceof Error ? error.message : String(error) } satisfies LintReply);
  }
});
