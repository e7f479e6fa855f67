import type { Answers } from '@specmark/template';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SpecWorkerClient, type WorkerCall } from '../../lib/spec-form/worker-client.ts';
import type { LintResult, WorkerResponse } from '../../lib/spec-form/worker-protocol.ts';

/** How long typing must pause before the spec is linted, in milliseconds. */
const lintDelay = 250;

/** What the worker last produced for the draft. */
export interface SpecOutput {
  /** The spec's Markdown (empty before the first render). */
  markdown: string;
  /** The preview's sanitised HTML, one string per block (empty before the first render). */
  blocks: string[];
  /** The latest lint results (kept while newer answers are checked), `undefined` before the first. */
  results: LintResult[] | undefined;
  /** Why the worker failed, if it did. */
  error: string | undefined;
  /** Send a one-off request (import). */
  request: (call: WorkerCall) => Promise<WorkerResponse>;
}

/**
 * Keep the preview and the lint results in step with the answers. Renders go to one worker at
 * once, one at a time, always for the latest answers; linting waits for a pause in typing and runs
 * in a second worker. The workers start when the form does, not with the page.
 *
 * @param templateId Template id.
 * @param answers The answers to render (as `specAnswers` returns them); `undefined` to wait.
 * @returns The latest output.
 */
export function useSpecWorker(templateId: string, answers: Answers | undefined): SpecOutput {
  // Two instances of the worker: a slow lint never holds up the preview.
  const client = useRef<SpecWorkerClient | undefined>(undefined);
  const lintClient = useRef<SpecWorkerClient | undefined>(undefined);
  const [render, setRender] = useState<{ markdown: string; blocks: string[] }>({ markdown: '', blocks: [] });
  const [results, setResults] = useState<LintResult[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const latest = useRef<Answers | undefined>(undefined);
  const busy = useRef(false);
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

  const pump = (): void => {
    const wanted = latest.current;
    if (busy.current || wanted === undefined) return;
    busy.current = true;
    latest.current = undefined;
    void worker()
      .request({ type: 'render', templateId, answers: wanted })
      .then((response) => {
        busy.current = false;
        if (response.type === 'render') {
          setRender({ markdown: response.markdown, blocks: response.blocks });
          setError(undefined);
        } else if (response.type === 'error') setError(response.message);
        pump();
      });
  };

  // A layout effect, so the render is asked for as soon as the form has taken the keystroke: a
  // plain effect would wait for the next animation frame, a frame late for the preview.
  useLayoutEffect(() => {
    if (answers === undefined) return;
    latest.current = answers;
    pump();
  }, [answers]);

  useEffect(() => {
    if (answers === undefined) return;
    const id = ++lintId.current;
    const timer = setTimeout(() => {
      void linter()
        .request({ type: 'lint', templateId, answers })
        .then((response) => {
          if (id !== lintId.current) return;
          if (response.type === 'lint') setResults(response.results);
          else if (response.type === 'error') setError(response.message);
        });
    }, lintDelay);
    return () => clearTimeout(timer);
  }, [answers]);

  return { ...render, results, error, request: (call) => worker().request(call) };
}
