import type { Answers } from '@specmark/template';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BuiltOutput } from '../built-output.ts';
import type { FormTemplate } from '../model/form-template.ts';
import type { OpenedIndex } from '../worker/opened-index.ts';
import { requestWorker, SpecWorkerClient, type WorkerCall } from '../worker/worker-client.ts';
import { templateRef, type LintResult, type WorkerResponse } from '../worker/worker-protocol.ts';

/** How long typing must pause before the spec is linted, in milliseconds. */
const lintDelay = 250;

/**
 * How long a lint of older answers may run before newer answers cancel it (its worker is stopped
 * and a new one started), in milliseconds; a quicker one is waited for, so that typing does not
 * restart the worker at every pause.
 */
const cancelAfter = 3000;

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
 * lint of older answers still running after 3 s when newer answers are to be checked is cancelled:
 * its worker is stopped and a new one started, so a slow lint of old answers never holds up the
 * results of the new ones; a quicker one is waited for. A
 * second worker, shared by the page, imports specs and renders long preview blocks, so a slow lint
 * never holds those up. Each worker starts on its first request, not with the page: while the
 * answers are those the page was built with, their results, made when the site was built, are
 * shown without a worker.
 *
 * An API description opened in the editor is handed to the lint worker before its next lint (and
 * again to a lint worker started after one was stopped), as one buffer of bytes, so that a spec
 * naming it is checked against it; opening or closing one checks the answers again. With none
 * open, the lint worker is told nothing and starts as it would without the feature.
 *
 * @param template The form template.
 * @param answers The answers to lint (as `specAnswers` returns them); `undefined` to wait.
 * @param built Lint results made when the site was built, and whether `answers` are still the ones
 *   they were made for (default: none).
 * @param opened The API description open in the editor (default: none).
 * @returns The latest output.
 */
export function useSpecWorker(
  template: FormTemplate,
  answers: Answers | undefined,
  built?: Pick<BuiltOutput, 'results'> & { current: boolean },
  opened?: OpenedIndex,
): SpecOutput {
  const lintClient = useRef<SpecWorkerClient | undefined>(undefined);
  const [results, setResults] = useState<LintResult[] | undefined>(built?.results);
  const [error, setError] = useState<string | undefined>(undefined);
  // The answers and description the results (or the error) are about.
  const [checked, setChecked] = useState<{ answers: Answers; opened: OpenedIndex | undefined } | undefined>(undefined);
  const lintId = useRef(0);
  // When the lint in flight was sent (`undefined`: none), and the send waiting for it to end.
  const linting = useRef<number | undefined>(undefined);
  const waiting = useRef<(() => void) | undefined>(undefined);

  // The description the lint worker was last given (a new worker has none).
  const given = useRef<OpenedIndex | undefined>(undefined);

  const linter = (): SpecWorkerClient => {
    if (!lintClient.current) {
      lintClient.current = new SpecWorkerClient();
      given.current = undefined;
    }
    if (given.current !== opened) {
      // Copied, not transferred: the page keeps the bytes for a lint worker started later.
      given.current = opened;
      void lintClient.current.request({ type: 'description', opened });
    }
    return lintClient.current;
  };
  useEffect(() => () => lintClient.current?.terminate(), []);

  useEffect(() => {
    if (answers === undefined) return;
    const id = ++lintId.current;
    waiting.current = undefined;
    if (built?.current) {
      setResults(built.results);
      setError(undefined);
      return;
    }
    let sent = false;
    const send = (): void => {
      if (sent || id !== lintId.current) return;
      const since = linting.current === undefined ? undefined : performance.now() - linting.current;
      if (since !== undefined && since < cancelAfter) {
        // A lint of older answers is running: let a quick one end, cancel a slow one.
        waiting.current = send;
        timer = setTimeout(send, cancelAfter - since);
        return;
      }
      if (since !== undefined) {
        lintClient.current?.terminate();
        lintClient.current = undefined;
      }
      sent = true;
      waiting.current = undefined;
      linting.current = performance.now();
      void linter()
        .request({ type: 'lint', template: templateRef(template), answers })
        .then((response) => {
          linting.current = undefined;
          if (id !== lintId.current) {
            waiting.current?.();
            return;
          }
          setChecked({ answers, opened });
          if (response.type === 'lint') {
            setResults(response.results);
            setError(undefined);
          } else if (response.type === 'error') setError(response.message);
        });
    };
    let timer = setTimeout(send, lintDelay);
    return () => clearTimeout(timer);
  }, [answers, opened]);

  const pending = answers !== undefined && (checked?.answers !== answers || checked.opened !== opened) && !built?.current;
  return { results, pending, error, request: (call) => requestWorker().request(call) };
}
