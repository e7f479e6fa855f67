/**
 * The element id of a row's first input: the field's id for the first row (so that links to the
 * field land on it), `<id>-<index>` for the others.
 *
 * @param id The field's element id.
 * @param index The row.
 * @returns The id.
 */
export function rowInputId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index}`;
}

/** Props of {@link RowControls}. */
interface Props {
  /** Element id prefix of the row; buttons get `<id>-up`, `<id>-down`, `<id>-remove`. */
  id: string;
  /** What the row is, for the buttons' accessible names (`In scope, item 2`). */
  label: string;
  /** The row's position. */
  index: number;
  /** How many rows there are. */
  count: number;
  /** Move the row by one place. */
  onMove: (by: -1 | 1) => void;
  /** Remove the row; the button is left out when absent. */
  onRemove?: () => void;
}

/**
 * Move up, move down and remove buttons for a row of a list, usable by keyboard; focus stays on
 * the button pressed as the row moves.
 */
export function RowControls({ id, label, index, count, onMove, onRemove }: Props) {
  const move = (by: -1 | 1, button: 'up' | 'down') => {
    onMove(by);
    const target = index + by;
    requestAnimationFrame(() => {
      const next = document.getElementById(`${id.replace(/-\d+$/, '')}-${target}-${button}`) as HTMLButtonElement | null;
      (next && !next.disabled ? next : document.getElementById(`${id.replace(/-\d+$/, '')}-${target}-${button === 'up' ? 'down' : 'up'}`))?.focus();
    });
  };
  return (
    <span class="sm-row-controls">
      <button type="button" id={`${id}-up`} class="sm-icon-button" aria-label={`Move ${label} up`} disabled={index === 0} onClick={() => move(-1, 'up')}>
        ↑
      </button>
      <button type="button" id={`${id}-down`} class="sm-icon-button" aria-label={`Move ${label} down`} disabled={index === count - 1} onClick={() => move(1, 'down')}>
        ↓
      </button>
      {onRemove && (
        <button type="button" id={`${id}-remove`} class="sm-icon-button" aria-label={`Remove ${label}`} onClick={onRemove}>
          ×
        </button>
      )}
    </span>
  );
}
