import type { Answers } from '@specmark/template';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BuiltOutput } from '../built-output.ts';
import type { FormTemplate } from '../model/form-template.ts';
import { PreviewRenderer } from '../preview/preview-renderer.ts';
import { splitBlocks } from '../preview/split-blocks.ts';
import type { WorkerCall } from '../worker/worker-client.ts';
import type { WorkerResponse } from '../worker/worker-protocol.ts';

type MainThreadPreview = typeof import('../preview/main-thread-preview.ts');

/** The spec as the preview shows it. */
export interface SpecPreview {
  /** The spec's Markdown, for the raw tab, copy and download (empty until it is first written). */
  markdown: string;
  /**
   * The preview's sanitised HTML, one string per block (title, each section and field); while
   * blocks are rendered in the worker, the last complete preview.
   */
  blocks: string[];
  /** Why the preview could not be rendered, if it could not. */
  error: string | undefined;
  /** Load the main-thread renderer, if it is not loaded yet: the person is about to edit. */
  warm: () => void;
}

/** Markdown the renderer runs once as it loads: a field with the constructs specs use. */
const warmUp = '### Field\n\nText with *emphasis*, `code` and a [link](https://example.com).\n\n- [x] Item\n- Item\n';

/** A preview made when the site was built: the blank spec's Markdown and the HTML of each of its blocks. */
export type BuiltPreview = Pick<BuiltOutput, 'markdown' | 'html'>;

/**
 * Keep the preview in step with the answers. Once the person starts editing (see `warm`), the spec
 * is rendered on the main thread, in the same task as the keystroke that changed it: a keystroke
 * changes one block, which renders in about a millisecond, so the preview is painted in the
 * keystroke's own frame. Until then — the page loads without the renderer — and for blocks too
 * long, too deep or too slow for that (an import, a large paste, rare Markdown; see
 * `PreviewRenderer`), the worker writes the Markdown and renders the blocks, one request at a time,
 * always for the latest spec. A preview made when the site was built is shown, with no worker,
 * while the answers are the ones it was made for.
 *
 * @param template The form's template.
 * @param answers The answers to render (as `specAnswers` returns them); `undefined` to wait.
 * @param request Sends a request to the spec worker.
 * @param built The preview made when the site was built, and whether `answers` are still the ones
 *   it was made for (default: none).
 * @returns The spec, its preview, and the function that loads the main-thread renderer.
 */
export function useSpecPreview(template: FormTemplate, answers: Answers | undefined, request: (call: WorkerCall) => Promise<WorkerResponse>, built?: BuiltPreview & { current: boolean }): SpecPreview {
  const renderer = useMemo(() => {
    const made = new PreviewRenderer();
    if (built) made.add(splitBlocks(built.markdown), built.html);
    return made;
  }, []);
  const [here, setHere] = useState<MainThreadPreview['renderSpec'] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  // The Markdown the worker wrote last, and for which answers.
  const [written, setWritten] = useState<{ answers: Answers; markdown: string } | undefined>(undefined);
  // Counts the worker's previews: each may complete the preview.
  const [rendered, setRendered] = useState(0);
  const shown = useRef<string[]>(built ? built.html.filter((html) => html !== '') : []);
  const loading = useRef(false);
  const writing = useRef(false);
  const asking = useRef(false);

  const warm = (): void => {
    if (loading.current) return;
    loading.current = true;
    import('../preview/main-thread-preview.ts').then(
      ({ renderSpec, blockHtml }) => {
        // Run the renderer once now, so that its first keystroke is not also its slow first run.
        blockHtml(warmUp);
        renderer.renderHere(blockHtml);
        setHere(() => renderSpec);
      },
      (failure: unknown) => {
        loading.current = false;
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  };

  const fromBuild = built !== undefined && (answers === undefined || built.current);
  const hereMarkdown = useMemo(() => (here && answers && !fromBuild ? here(template, answers) : undefined), [here, answers, fromBuild]);
  const markdown = fromBuild ? built.markdown : (hereMarkdown ?? written?.markdown ?? '');

  // Until the renderer is here, the worker writes the Markdown of the latest answers.
  useEffect(() => {
    if (here || fromBuild || answers === undefined || written?.answers === answers || writing.current) return;
    writing.current = true;
    void request({ type: 'render', template, answers }).then((response) => {
      writing.current = false;
      if (response.type === 'render') setWritten({ answers, markdown: response.markdown });
      else if (response.type === 'error') setError(response.message);
    });
  }, [answers, here, written, fromBuild]);

  const preview = useMemo(() => (markdown === '' ? undefined : renderer.preview(markdown)), [markdown, rendered, here]);
  if (preview?.html) shown.current = preview.html;

  useEffect(() => {
    const missing = preview?.missing;
    if (!missing || asking.current) return;
    asking.current = true;
    void request({ type: 'preview', blocks: missing }).then((response) => {
      asking.current = false;
      if (response.type === 'preview') {
        renderer.add(missing, response.html);
        setError(undefined);
        setRendered((count) => count + 1);
      } else if (response.type === 'error') setError(response.message);
    });
  }, [preview]);

  return { markdown, blocks: shown.current, error, warm };
}
