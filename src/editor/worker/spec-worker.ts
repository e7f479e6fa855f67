/// <reference lib="webworker" />
import { parseSpec, renderSpec, TemplateError, templateProblemMessage } from '@specmark/template';
import { toFormTemplate } from '../model/form-template.ts';
import { blockHtml } from '../preview/block-html.ts';
import { lintSpec } from './lint-spec.ts';
import { readOpenedIndex, type OpenedDescriptionIndex } from './opened-index.ts';
import { resolveTemplate } from './resolve-template.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

/**
 * The editor's worker: lints the draft with the preset and its template, reads imported spec
 * files, reads teams' templates, writes the spec's Markdown until the main thread has its own
 * renderer, and renders the preview's blocks too long to render on the main thread. Answers each
 * request with a response carrying the same id. It keeps the API description opened in the editor
 * as the page sent it (bytes), and reads its index only when a spec names it.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The API description opened in the editor, as the page last sent it (`undefined`: none). */
let opened: OpenedDescriptionIndex | undefined;

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
    case 'render':
      return { type: 'render', id: request.id, markdown: renderSpec(request.template, request.answers) };
    case 'lint': {
      const template = await resolveTemplate(request.template);
      return { type: 'lint', id: request.id, results: await lintSpec(template, renderSpec(template, request.answers), opened) };
    }
    case 'description':
      opened = request.opened && readOpenedIndex(request.opened);
      return { type: 'description', id: request.id };
    case 'import': {
      const { answers, unmapped } = parseSpec(await resolveTemplate(request.template), request.markdown);
      return { type: 'import', id: request.id, answers, unmapped };
    }
    case 'template':
      try {
        return { type: 'template', id: request.id, template: toFormTemplate(await resolveTemplate({ source: request.source, name: request.name })) };
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        const problems = error.problems.map((problem) => ({ line: problem.place.line, column: problem.place.column, message: templateProblemMessage(problem) }));
        return { type: 'template-problems', id: request.id, problems };
      }
  }
}
