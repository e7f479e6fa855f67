/// <reference lib="webworker" />
import { indexDescription, prefillAnswers, readDescriptionText, type ApiIndex } from '@specmark/api-description';
import { searchableOperations, searchOperations, type SearchableOperation } from '../model/operation-search.ts';
import { shownOperations, type DescriptionRequest, type DescriptionResponse } from './description-protocol.ts';
import { indexBytes } from './opened-index.ts';
import { readFileText } from './read-file-text.ts';
import { resolveTemplate } from './resolve-template.ts';

/**
 * The editor's worker for a provider's API description: reads the file the person opened (a
 * chunk at a time, saying how far it has got), parses it (`readDescriptionText`), indexes it
 * (`indexDescription`) and keeps the index, so that a description of tens of megabytes never
 * holds up the page; searches its operations as the person types, and makes the form's answers
 * from the operations picked (`prefillAnswers`). The page receives only the operations it lists,
 * and the index once as bytes (one buffer, transferred, not copied) for the editor's checks.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The description opened last, and its operations ready to search. */
let opened: { name: string; index: ApiIndex; operations: SearchableOperation[] } | undefined;

scope.addEventListener('message', (event: MessageEvent<DescriptionRequest>) => {
  const request = event.data;
  handle(request).then(
    (response) => scope.postMessage(response, response.type === 'opened' ? [response.index] : []),
    (error: unknown) => scope.postMessage({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) } satisfies DescriptionResponse),
  );
});

async function handle(request: DescriptionRequest): Promise<DescriptionResponse> {
  const { id } = request;
  if (request.type === 'search') {
    if (!opened) return { type: 'error', id, message: 'no description is open' };
    return { type: 'matches', id, matches: searchOperations(opened.operations, request.query, request.limit) };
  }
  if (request.type === 'prefill') {
    if (!opened) return { type: 'error', id, message: 'no description is open' };
    const template = await resolveTemplate(request.template);
    const answers = prefillAnswers(template, opened.index, { description: opened.name, operations: request.operations }, request.title === undefined ? undefined : { title: request.title });
    return { type: 'prefill', id, answers };
  }
  const { file } = request;
  opened = undefined;
  const total = file.size;
  const progress = (stage: 'reading' | 'parsing' | 'indexing', loaded: number): void => scope.postMessage({ type: 'progress', id, stage, loaded, total } satisfies DescriptionResponse);
  progress('reading', 0);
  const text = await readFileText(file, (loaded) => progress('reading', loaded));
  if (text === undefined) return { type: 'not-utf8', id };
  progress('parsing', total);
  const read = readDescriptionText(text);
  if (!read.ok) return { type: 'unreadable', id, problem: read.problem };
  progress('indexing', total);
  const { result, missing } = indexDescription(new Map([[file.name, read.value]]), file.name);
  if (!result.ok) return { type: 'unreadable', id, problem: result.problem };
  const index = result.value;
  const operations = searchableOperations(index.operations.map(({ method, path, operationId, summary, deprecated }) => ({ method, path, summary, deprecated, ...(operationId === undefined ? {} : { operationId }) })));
  opened = { name: file.name, index, operations };
  const description = { name: file.name, format: index.format, title: index.title, version: index.version, operationCount: operations.length, missing };
  return { type: 'opened', id, description, matches: searchOperations(operations, '', shownOperations), index: indexBytes(index) };
}
