import type { ChecklistAnswer, FieldAnswer, QuestionAnswer } from '@specmark/template';
import type { FormTemplateField } from './form-template.ts';

/**
 * The value a field's editor starts from before the person changes it: empty rows for the
 * template's prompts, the template's questions unanswered, its required checklist items unchecked,
 * and its sentence frames with their gaps open.
 *
 * @param field The field.
 * @returns The starting value, of the shape `renderSpec` takes for the field's kind.
 */
export function defaultFieldValue(field: FormTemplateField): FieldAnswer {
  switch (field.kind) {
    case 'prose':
      return '';
    case 'list':
      return field.items.map((item) => (item.prompt ? '' : item.text));
    case 'sentence-frames':
      return field.items.map((item) => item.text);
    case 'questions':
      return field.items.map((item): QuestionAnswer => ({ question: item.text, answer: '' }));
    case 'checklist':
      return field.items.map((item): ChecklistAnswer => ({ checked: false, text: item.prompt ? '' : item.text }));
  }
}

/**
 * The editor's value of a field: the answer when there is one, else the starting value.
 *
 * @param field The field.
 * @param answer The field's answer in the draft, if any.
 * @returns The value to edit.
 */
export function editableValue(field: FormTemplateField, answer: FieldAnswer | undefined): FieldAnswer {
  return answer ?? defaultFieldValue(field);
}

/**
 * Move one row of a list, for the move up/down controls.
 *
 * @param rows The rows.
 * @param index The row to move.
 * @param by How far: `-1` up, `1` down.
 * @returns A new array, or the same rows when the move would leave the list.
 */
export function moveRow<T>(rows: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(index, 1) as [T];
  next.splice(target, 0, row);
  return next;
}
