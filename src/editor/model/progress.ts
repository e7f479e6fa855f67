import type { Answers, ChecklistAnswer, FieldAnswer, QuestionAnswer } from '@specmark/template';
import { checklistRow } from './checklist-rows.ts';
import { formFields, type FormTemplate, type FormTemplateField } from './form-template.ts';
import { rowFrame, sentenceFills } from './sentence-rows.ts';

/** How complete a draft is. */
export interface Progress {
  /** Parts done: the title and each field that is fully answered. */
  done: number;
  /** Parts in all: the title plus every field of the template. */
  total: number;
  /** Titles of the fields still to do, in template order. */
  todo: string[];
}

/**
 * Count how complete a spec is: its title, and each field answered in full — prose written, at
 * least one list item, every sentence frame's gaps filled, every question answered, every required
 * checklist item checked or waived with a reason.
 *
 * @param template The form template.
 * @param answers The spec's answers (as `specAnswers` returns them).
 * @returns Parts done, parts in all, and what is left.
 */
export function specProgress(template: FormTemplate, answers: Answers): Progress {
  const fields = formFields(template);
  const todo = fields.filter((field) => !fieldDone(field, answers.fields[field.slug])).map((field) => field.title);
  const titleDone = (answers.title ?? '').trim() !== '';
  return { done: (titleDone ? 1 : 0) + fields.length - todo.length, total: fields.length + 1, todo };
}

/** Whether a field is fully answered. */
function fieldDone(field: FormTemplateField, answer: FieldAnswer | undefined): boolean {
  if (answer === undefined) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  switch (field.kind) {
    case 'questions':
      return (answer as QuestionAnswer[]).every((item) => item.answer.trim() !== '');
    case 'checklist':
      return (answer as ChecklistAnswer[]).every((item) => {
        const row = checklistRow(field, item);
        return row.kind === 'own' ? row.text.trim() !== '' : row.checked || (row.waived && row.reason.trim() !== '');
      });
    case 'sentence-frames':
      return (answer as string[]).every((sentence, index) => sentenceFills(rowFrame(field, index), sentence)?.every((fill) => fill.trim() !== '') ?? sentence.trim() !== '');
    default:
      return (answer as string[]).length > 0;
  }
}
