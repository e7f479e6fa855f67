import { moveRow } from '../model/field-values.ts';

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
interface Props<Row> {
  /** Element id prefix of the row; buttons get `<id>-up`, `<id>-down`, `<id>-remove`. */
  id: string;
  /** What the row is, for the buttons' accessible names (`In scope, item 2`). */
  label: string;
  /** The row's position. */
  index: number;
  /** Every row of the list, this one at `index`. */
  rows: readonly Row[];
  /** Receives the rows after a move or a removal. */
  onChange: (rows: Row[]) => void;
}

/**
 * Move up, move down and remove buttons for a row of a list, usable by keyboard; focus stays on
 * the button pressed as the row moves.
 */
export function RowControls<Row>({ id, label, index, rows, onChange }: Props<Row>) {
  const move = (by: -1 | 1, button: 'up' | 'down') => {
    onChange(moveRow(rows, index, by));
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
      <button type="button" id={`${id}-down`} class="sm-icon-button" aria-label={`Move ${label} down`} disabled={index === rows.length - 1} onClick={() => move(1, 'down')}>
        ↓
      </button>
      <button type="button" id={`${id}-remove`} class="sm-icon-button" aria-label={`Remove ${label}`} onClick={() => onChange(rows.filter((_, each) => each !== index))}>
        ×
      </button>
    </span>
  );
}
