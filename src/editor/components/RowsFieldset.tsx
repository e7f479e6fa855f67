import type { ComponentChildren } from 'preact';
import { rowInputId } from './RowControls.tsx';

/** Props of {@link RowsFieldset}. */
interface Props<Row> {
  /** The field's element id (`sm-field-<slug>`); the fieldset is `<id>-group`. */
  id: string;
  /** The field's title, the fieldset's legend. */
  title: string;
  /** The rows as they are. */
  rows: readonly Row[];
  /** Receives the rows with the new one at the end. */
  onChange: (rows: Row[]) => void;
  /** The row the add button appends. */
  newRow: () => Row;
  /** Suffix of the new row's input id to focus, after its row id (default: `''`). */
  focusSuffix?: string;
  /** The add button's text. */
  addLabel: string;
  /** Whether the order of rows matters, making the list an `<ol>` (default: `true`). */
  ordered?: boolean;
  /** The rows' `<li>` elements. */
  children: ComponentChildren;
}

/**
 * The frame of a list-like field's editor: a fieldset with the field's title, its rows, and a
 * button that appends a row and moves focus into it.
 */
export function RowsFieldset<Row>({ id, title, rows, onChange, newRow, focusSuffix = '', addLabel, ordered = true, children }: Props<Row>) {
  const add = () => {
    onChange([...rows, newRow()]);
    requestAnimationFrame(() => document.getElementById(`${rowInputId(id, rows.length)}${focusSuffix}`)?.focus());
  };
  const List = ordered ? 'ol' : 'ul';
  return (
    <fieldset class="sm-field" id={`${id}-group`}>
      <legend class="sm-field-title">{title}</legend>
      <List class="sm-rows">{children}</List>
      <button type="button" class="sm-add" onClick={add}>
        {addLabel}
      </button>
    </fieldset>
  );
}
