import type { Answers } from '@specmark/template';
import { useEffect, useRef, useState } from 'preact/hooks';
import { SpecWorkerClient, type WorkerCall } from '../worker/worker-client.ts';
import type { LintResult, WorkerResponse } from '../worker/worker-protocol.ts';

/** How long typing must pause before the spec is linted, in milliseconds. */
const lintDelay = 250;

/** What the workers last produced for the draft. */
export interface SpecOutput {
  /** The latest lint results (kept while newer answers are checked), `undefined` before the first. */
  results: LintResult[] | undefined;
  /** Why linting failed, if it did. */
  error: string | undefined;
  /** Send a request to the worker that imports specs and renders long preview blocks. */
  request: (call: WorkerCall) => Promise<WorkerResponse>;
}

/**
 * Keep the lint results in step with the answers: linting waits for a pause in typing and runs in
 * a worker of its own. A second worker imports specs and renders long preview blocks, so a slow
 * lint never holds those up. Each worker starts on its first request, not with the page.
 *
 * @param templateId Template id.
 * @param answers The answers to lint (as `specAnswers` returns them); `undefined` to wait.
 * @returns The latest output.
 */
export function useSpecWorker(templateId: string, answers: Answers | undefined): SpecOutput {
  const client = useRef<SpecWorkerClient | undefined>(undefined);
  const lintClient = useRef<SpecWorkerClient | undefined>(undefined);
  const [results, setResults] = useState<LintResult[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const lintId = useRef(0);

  const worker = (): SpecWorkerClient => (client.current ??= new SpecWorkerClient());
  const linter = (): SpecWorkerClient => (lintClient.current ??= new SpecWorkerClient());
  useEffect(
    () => () => {
      client.current?.terminate();
      lintClient.current?.terminate();
    },
    [],
  );

  useEffect(() => {
    if (answers === undefined) return;
    const id = ++lintId.current;
    const timer = setTimeout(() => {
      void linter()
        .request({ type: 'lint', templateId, answers })
        .then((response) => {
          if (id !== lintId.current) return;
          if (response.type === 'lint') {
            setResults(response.results);
            setError(undefined);
          } else if (response.type === 'error') setError(response.message);
        });
    }, lintDelay);
    return () => clearTimeout(timer);
  }, [answers]);

  return { results, error, request: (call) => worker().request(call) };
}
