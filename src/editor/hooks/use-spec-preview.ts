import type { Answers } from '@specmark/template';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FormTemplate } from '../model/form-template.ts';
import type { WorkerCall } from '../worker/worker-client.ts';
import type { WorkerResponse } from '../worker/worker-protocol.ts';

type MainThreadPreview = typeof import('../preview/main-thread-preview.ts');

/** The spec as the preview shows it. */
export interface SpecPreview {
  /** The spec's Markdown, for the raw tab, copy and download (empty until the renderer has loaded). */
  markdown: string;
  /**
   * The preview's sanitised HTML, one string per block (title, each section and field); while
   * long blocks are rendered in the worker, the last complete preview.
   */
  blocks: string[];
  /** Why the preview could not be rendered, if it could not. */
  error: string | undefined;
}

/**
 * Keep the preview in step with the answers. The spec is rendered on the main thread, in the same
 * task as the keystroke that changed it: a keystroke changes one block, which renders in about a
 * millisecond, so the preview is painted in the keystroke's own frame. Blocks too long, too deep
 * or too slow for that (an import, a large paste, rare Markdown; see `PreviewRenderer`) are
 * rendered by the worker, one request at a time, always for the latest spec. The renderer loads
 * when the form starts, not with the page.
 *
 * @param template The form's template.
 * @param answers The answers to render (as `specAnswers` returns them); `undefined` to wait.
 * @param request Sends a request to the spec worker.
 * @returns The spec and its preview.
 */
export function useSpecPreview(template: FormTemplate, answers: Answers | undefined, request: (call: WorkerCall) => Promise<WorkerResponse>): SpecPreview {
  const [renderer, setRenderer] = useState<{ renderSpec: MainThreadPreview['renderSpec']; blocks: InstanceType<MainThreadPreview['PreviewRenderer']> }>();
  const [error, setError] = useState<string | undefined>(undefined);
  // Counts the worker's answers: each may complete the preview.
  const [rendered, setRendered] = useState(0);
  const shown = useRef<string[]>([]);
  const asking = useRef(false);

  const started = answers !== undefined;
  useEffect(() => {
    if (!started) return;
    let live = true;
    import('../preview/main-thread-preview.ts').then(
      ({ renderSpec, PreviewRenderer }) => live && setRenderer({ renderSpec, blocks: new PreviewRenderer() }),
      (failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      live = false;
    };
  }, [started]);

  const markdown = useMemo(() => (renderer && answers ? renderer.renderSpec(template, answers) : ''), [renderer, answers]);
  const preview = useMemo(() => renderer?.blocks.preview(markdown), [renderer, markdown, rendered]);
  if (preview?.html) shown.current = preview.html;

  useEffect(() => {
    const missing = preview?.missing;
    if (!renderer || !missing || asking.current) return;
    asking.current = true;
    void request({ type: 'preview', blocks: missing }).then((response) => {
      asking.current = false;
      if (response.type === 'preview') {
        renderer.blocks.add(missing, response.html);
        setError(undefined);
        setRendered((count) => count + 1);
      } else if (response.type === 'error') setError(response.message);
    });
  }, [preview]);

  return { markdown, blocks: shown.current, error };
}
