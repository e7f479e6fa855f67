import { useState } from 'preact/hooks';

/** Props of {@link PreviewPanel}. */
interface Props {
  /** The spec's Markdown. */
  markdown: string;
  /** The spec as sanitised HTML, one string per block: title, each section and field. */
  blocks: string[];
}

const tabs = [
  { id: 'rendered', label: 'Preview' },
  { id: 'raw', label: 'Markdown' },
] as const;

/**
 * The live spec: a rendered tab and a raw Markdown tab (arrow keys move between tabs). The rendered
 * spec is one element per block (`display: contents`, so they lay out as one document), and only
 * blocks whose HTML changed are replaced: a keystroke re-lays out one field, not the whole spec.
 */
export function PreviewPanel({ markdown, blocks }: Props) {
  const [tab, setTab] = useState<(typeof tabs)[number]['id']>('rendered');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = tab === 'rendered' ? 'raw' : 'rendered';
    setTab(next);
    document.getElementById(`sm-tab-${next}`)?.focus();
  };
  return (
    <section class="sm-preview" aria-labelledby="sm-preview-title">
      <div role="heading" aria-level={3} class="sm-heading" id="sm-preview-title">
        Your spec
      </div>
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
      <div role="tabpanel" id="sm-panel-rendered" aria-labelledby="sm-tab-rendered" hidden={tab !== 'rendered'} tabIndex={0} class="sm-rendered">
        {blocks.map((html, index) => (
          <div class="sm-preview-block" dangerouslySetInnerHTML={{ __html: html }} key={index} />
        ))}
      </div>
      <div role="tabpanel" id="sm-panel-raw" aria-labelledby="sm-tab-raw" hidden={tab !== 'raw'}>
        <pre class="sm-raw" tabIndex={0}>
          <code>{markdown}</code>
        </pre>
      </div>
    </section>
  );
}
