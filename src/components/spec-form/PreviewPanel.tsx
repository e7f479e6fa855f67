import { useState } from 'preact/hooks';

/** Props of {@link PreviewPanel}. */
interface Props {
  /** The spec's Markdown. */
  markdown: string;
  /** The spec as sanitised HTML (from the worker). */
  html: string;
}

const tabs = [
  { id: 'rendered', label: 'Preview' },
  { id: 'raw', label: 'Markdown' },
] as const;

/** The live spec: a rendered tab and a raw Markdown tab (arrow keys move between tabs). */
export function PreviewPanel({ markdown, html }: Props) {
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
      <div role="tabpanel" id="sm-panel-rendered" aria-labelledby="sm-tab-rendered" hidden={tab !== 'rendered'} tabIndex={0} class="sm-rendered" dangerouslySetInnerHTML={{ __html: html }} />
      <div role="tabpanel" id="sm-panel-raw" aria-labelledby="sm-tab-raw" hidden={tab !== 'raw'}>
        <pre class="sm-raw" tabIndex={0}>
          <code>{markdown}</code>
        </pre>
      </div>
    </section>
  );
}
