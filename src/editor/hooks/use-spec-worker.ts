import type { Answers } from '@specmark/template';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BuiltOutput } from '../built-output.ts';
import type { FormTemplate } from '../model/form-template.ts';
import { requestWorker, SpecWorkerClient, type WorkerCall } from '../worker/worker-client.ts';
import { templateRef, type LintResult, type WorkerResponse } from '../worker/worker-protocol.ts';

/** How long typing must pause before the spec is linted, in milliseconds. */
const lintDelay = 250;

/** What the workers last produced for the draft. */
export interface SpecOutput {
  /** The latest lint results (kept while newer answers are checked), `undefined` before the first. */
  results: LintResult[] | undefined;
  /** Whether the answers have changed since the results were made (a lint is on its way). */
  pending: boolean;
  /** Why linting failed, if it did. */
  error: string | undefined;
  /** Send a request to the worker that imports specs and renders long preview blocks. */
  request: (call: WorkerCall) => Promise<WorkerResponse>;
}

/**
 * Keep the lint results in step with the answers: linting waits for a pause in typing and runs in
 * a worker of its own, with the form's template (a team's own template travels as its source). A
 * second worker, shared by the page, imports specs and renders long preview blocks, so a slow lint
 * never holds those up. Each worker starts on its first request, not with the page: while the
 * answers are those the page was built with, their results, made when the site was built, are
 * shown without a worker.
 *
 * @param template The form template.
 * @param answers The answers to lint (as `specAnswers` returns them); `undefined` to wait.
 * @param built Lint results made when the site was built, and whether `answers` are still the ones
 *   they were made for (default: none).
 * @returns The latest output.
 */
export function useSpecWorker(template: FormTemplate, answers: Answers | undefined, built?: Pick<BuiltOutput, 'results'> & { current: boolean }): SpecOutput {
  const lintClient = useRef<SpecWorkerClient | undefined>(undefined);
  const [results, setResults] = useState<LintResult[] | undefined>(built?.results);
  const [error, setError] = useState<string | undefined>(undefined);
  // The answers the results (or the error) are about.
  const [checked, setChecked] = useState<Answers | undefined>(undefined);
  const lintId = useRef(0);

  const linter = (): SpecWorkerClient => (lintClient.current ??= new SpecWorkerClient());
  useEffect(() => () => lintClient.current?.terminate(), []);

  useEffect(() => {
    if (answers === undefined) return;
    const id = ++lintId.current;
    if (built?.current) {
      setResults(built.results);
      setError(undefined);
      return;
    }
    const timer = setTimeout(() => {
      void linter()
        .request({ type: 'lint', template: templateRef(template), answers })
        .then((response) => {
          if (id !== lintId.current) return;
          setChecked(answers);
          if (response.type === 'lint') {
            setResults(response.results);
            setError(undefined);
          } else if (response.type === 'error') setError(response.message);
        });
    }, lintDelay);
    return () => clearTimeout(timer);
  }, [answers]);

  const pending = answers !== undefined && checked !== answers && !built?.current;
  return { results, pending, error, request: (call) => requestWorker().request(call) };
}
