/// <reference lib="webworker" />
import { loadBuiltInTemplate, parseSpec, renderSpec } from '@specmark/template';
import { blockHtml } from '../preview/preview-renderer.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';
import { lintSpec } from './lint-spec.ts';

/**
 * The spec form's worker: lints the draft with the preset, reads imported spec files, and renders
 * the preview's blocks too long to render on the main thread. Answers each request with a
 * response carrying the same id.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  handle(request).then(
    (response) => scope.postMessage(response),
    (error: unknown) => scope.postMessage({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) } satisfies WorkerResponse),
  );
});

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  switch (request.type) {
    case 'preview':
      return { type: 'preview', id: request.id, html: request.blocks.map(blockHtml) };
    case 'lint': {
      const template = await loadBuiltInTemplate(request.templateId);
      return { type: 'lint', id: request.id, results: await lintSpec(template, renderSpec(template, request.answers)) };
    }
    case 'import': {
      const { answers, unmapped } = parseSpec(await loadBuiltInTemplate(request.templateId), request.markdown);
      return { type: 'import', id: request.id, answers, unmapped };
    }
  }
}
