/// <reference lib="webworker" />
import { loadBuiltInTemplate, parseSpec, renderSpec, type Template } from '@specmark/template';
import type { WorkerRequest, WorkerResponse } from '../lib/spec-form/worker-protocol.ts';
import { lintSpec } from './lint-spec.ts';
import { PreviewRenderer } from './preview-blocks.ts';

/**
 * The spec form's worker: renders the draft to Markdown and sanitised HTML, lints it with the
 * preset, and reads imported spec files, off the main thread. Answers each request with a
 * response carrying the same id.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Keeps the HTML of the last preview's blocks, so a keystroke re-renders only its own section. */
const preview = new PreviewRenderer();

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  handle(request).then(
    (response) => scope.postMessage(response),
    (error: unknown) => scope.postMessage({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) } satisfies WorkerResponse),
  );
});

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  const template: Template = await loadBuiltInTemplate(request.templateId);
  switch (request.type) {
    case 'render': {
      const markdown = renderSpec(template, request.answers);
      return { type: 'render', id: request.id, markdown, blocks: preview.renderBlocks(markdown) };
    }
    case 'lint': {
      const markdown = renderSpec(template, request.answers);
      return { type: 'lint', id: request.id, markdown, results: await lintSpec(template, markdown) };
    }
    case 'import': {
      const { answers, unmapped } = parseSpec(template, request.markdown);
      return { type: 'import', id: request.id, answers, unmapped };
    }
  }
}
