import type { FieldAnswer } from '@specmark/template';
import { Component } from 'preact';
import { editableValue } from '../model/field-values.ts';
import type { FormTemplateField } from '../model/form-template.ts';
import { FieldEditor } from './FieldEditor.tsx';

/** Props of {@link DraftField}. */
interface Props {
  /** The field. */
  field: FormTemplateField;
  /** Its answer in the draft; `undefined` until the person writes one. */
  answer: FieldAnswer | undefined;
  /** Replace a field's answer: called with the field's slug and its new value. */
  onChange: (slug: string, value: FieldAnswer) => void;
}

/**
 * One field's editor, re-rendered only when its own answer changes, so a keystroke in one field
 * does not re-render the form's other fields. `onChange` is not compared: it must not depend on the
 * render it came from.
 */
export class DraftField extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    return next.field !== this.props.field || next.answer !== this.props.answer;
  }

  override render({ field, answer, onChange }: Props) {
    return <FieldEditor field={field} value={editableValue(field, answer)} onChange={(value) => onChange(field.slug, value)} />;
  }
}
