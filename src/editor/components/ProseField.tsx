import { readPromptHint } from '@specmark/template';
import type { FormTemplateField } from '../model/form-template.ts';

/** Props of a field editor. */
export interface FieldProps<T> {
  /** The field. */
  field: FormTemplateField;
  /** Its value. */
  value: T;
  /** Replace its value. */
  onChange: (value: T) => void;
}

/** A prose field: one text area, labelled with the field's title, the template's prompt as hint. */
export function ProseField({ field, value, onChange }: FieldProps<string>) {
  const id = `sm-field-${field.slug}`;
  return (
    <div class="sm-field" id={`${id}-group`}>
      <label class="sm-field-title" for={id}>
        {field.title}
      </label>
      <p class="sm-hint" id={`${id}-hint`}>
        {readPromptHint(field.prompt).text}
      </p>
      <textarea id={id} rows={3} value={value} aria-describedby={`${id}-hint`} onInput={(event) => onChange(event.currentTarget.value)} />
    </div>
  );
}
