/** The parts of the editor a narrow screen shows one at a time. */
export type EditorView = 'form' | 'preview' | 'checks';

/** Props of {@link ViewSwitch}. */
interface Props {
  /** The part shown. */
  view: EditorView;
  /** Show another part. */
  onView: (view: EditorView) => void;
  /** How many lint messages there are, shown on the checks tab (`undefined` before the first lint). */
  messages: number | undefined;
}

const views: { id: EditorView; label: string }[] = [
  { id: 'form', label: 'Form' },
  { id: 'preview', label: 'Preview' },
  { id: 'checks', label: 'Checks' },
];

/**
 * Tabs that switch between the form, the preview and the checks on a narrow screen (arrow keys,
 * Home and End move between them). Hidden on a wide screen, where the three are side by side.
 */
export function ViewSwitch({ view, onView, messages }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    const index = views.findIndex((each) => each.id === view);
    const to = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? views.length - 1 : undefined;
    if (to === undefined) return;
    event.preventDefault();
    const next = views[(to + views.length) % views.length] as (typeof views)[number];
    onView(next.id);
    document.getElementById(`sm-view-${next.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Show" class="sm-switch" onKeyDown={onKeyDown}>
      {views.map((each) => (
        <button
          type="button"
          role="tab"
          id={`sm-view-${each.id}`}
          aria-selected={view === each.id}
          aria-controls={`sm-pane-${each.id}`}
          tabIndex={view === each.id ? 0 : -1}
          onClick={() => onView(each.id)}
          key={each.id}
        >
          {each.label}
          {each.id === 'checks' && messages !== undefined && messages > 0 && <span class="sm-count"> ({messages})</span>}
        </button>
      ))}
    </div>
  );
}
