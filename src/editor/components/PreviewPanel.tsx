import { useEffect, useRef, useState } from 'preact/hooks';
import { findAnchor, scrollToPart, type PreviewAnchor } from '../view/follow-preview.ts';

/** Props of {@link PreviewPanel}. */
interface Props {
  /** The spec's Markdown. */
  markdown: string;
  /** The spec as sanitised HTML, one string per block: title, each section and field. */
  blocks: string[];
  /** The part of the spec being edited, which the preview keeps in view (default: none). */
  follow?: PreviewAnchor | undefined;
  /** Whether the preview has just been chosen on a narrow screen, where the page scrolls it (default: `false`). */
  revealed?: boolean;
}

const tabs = [
  { id: 'rendered', label: 'Rendered' },
  { id: 'raw', label: 'Markdown' },
] as const;

/**
 * The live spec: a rendered tab and a raw Markdown tab (arrow keys move between tabs). The rendered
 * spec is one element per block (`display: contents`, so they lay out as one document), and only
 * blocks whose HTML changed are replaced: a keystroke re-lays out one field, not the whole spec.
 * Where the rendered spec scrolls on its own (beside the form on a wide screen), it follows the
 * part being edited: that part comes into view when the person moves to it, and stays in view as
 * its text changes; on a narrow screen the page shows it when the preview is chosen.
 */
export function PreviewPanel({ markdown, blocks, follow, revealed = false }: Props) {
  const [tab, setTab] = useState<(typeof tabs)[number]['id']>('rendered');
  const rendered = useRef<HTMLDivElement>(null);
  const followed = useRef('');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = tab === 'rendered' ? 'raw' : 'rendered';
    setTab(next);
    document.getElementById(`sm-tab-${next}`)?.focus();
  };

  // After paint, so that following never delays the keystroke's own frame.
  useEffect(() => {
    const root = rendered.current;
    if (!root || tab !== 'rendered') return;
    root.querySelector('[data-following]')?.removeAttribute('data-following');
    const part = follow && findAnchor(root, follow);
    if (!follow || !part) return;
    // Marks the part being edited (a blue edge) for the eye; it carries no meaning of its own.
    part.start.setAttribute('data-following', '');
    const key = JSON.stringify(follow);
    const moved = key !== followed.current;
    followed.current = key;
    const scrolls = root.scrollHeight > root.clientHeight + 1 && getComputedStyle(root).overflowY !== 'visible';
    if (scrolls) scrollToPart(root, part, moved);
  }, [follow, blocks, tab]);
  useEffect(() => {
    const root = rendered.current;
    if (!revealed || !root) return;
    ((follow && findAnchor(root, follow)?.start) ?? root.closest('section'))?.scrollIntoView({ block: 'start' });
  }, [revealed]);

  return (
    <section class="sm-preview" aria-labelledby="sm-preview-title">
      <h2 class="sm-heading" id="sm-preview-title">
        Your spec
      </h2>
      <div role="tablist" aria-label="Show the spec as" class="sm-tabs" onKeyDown={onKeyDown}>
        {tabs.map((each) => (
          <button
            type="button"
            role="tab"
            id={`sm-tab-${each.id}`}
            aria-selected={tab === each.id}
            aria-controls={`sm-panel-${each.id}`}
            tabIndex={tab === each.id ? 0 : -1}
            onClick={() => setTab(each.id)}
            key={each.id}
          >
            {each.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="sm-panel-rendered" aria-labelledby="sm-tab-rendered" hidden={tab !== 'rendered'} tabIndex={0} class="sm-rendered" ref={rendered}>
        {blocks.map((html, index) => (
          <div class="sm-preview-block" dangerouslySetInnerHTML={{ __html: html }} key={index} />
        ))}
      </div>
      <div role="tabpanel" id="sm-panel-raw" aria-labelledby="sm-tab-raw" hidden={tab !== 'raw'} class="sm-raw-panel">
        <pre class="sm-raw" tabIndex={0}>
          <code>{markdown}</code>
        </pre>
      </div>
    </section>
  );
}
