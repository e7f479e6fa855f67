import type { Answers, ChecklistAnswer, FieldAnswer, QuestionAnswer } from '@specmark/template';
import { checklistRows, keepsGuardrail } from './checklist-rows.ts';
import { formFields, type FormTemplate, type FormTemplateField } from './form-template.ts';
import { rowFrame, sentenceFills } from './sentence-rows.ts';

/** How complete a draft is. */
export interface Progress {
  /** Parts done: the title and each field that is fully answered. */
  done: number;
  /** Parts in all: the title plus every field of the template. */
  total: number;
  /** Whether the spec has its title. */
  titleDone: boolean;
  /** The fields still to do, in template order. */
  todo: { slug: string; title: string }[];
  /**
   * The template's required checklist items (its guardrails): how many the spec keeps, checked or
   * not, or waived with a reason; and how many the template has.
   */
  guardrails: { kept: number; total: number };
}

/**
 * Count how complete a spec is: its title, and each field answered in full — prose written, at
 * least one list item, every sentence frame's gaps filled, every question answered, every required
 * checklist item checked or waived with a reason — and how many of the template's required
 * checklist items it keeps.
 *
 * @param template The form template.
 * @param answers The spec's answers (as `specAnswers` returns them).
 * @returns Parts done, parts in all, what is left, and the guardrails kept.
 */
export function specProgress(template: FormTemplate, answers: Answers): Progress {
  const fields = formFields(template);
  const todo = fields.filter((field) => !fieldDone(field, answers.fields[field.slug])).map(({ slug, title }) => ({ slug, title }));
  const titleDone = (answers.title ?? '').trim() !== '';
  const guardrails = { kept: 0, total: 0 };
  for (const field of fields) {
    if (field.kind !== 'checklist') continue;
    const required = field.items.filter((item) => !item.prompt).length;
    const answer = answers.fields[field.slug] as ChecklistAnswer[] | undefined;
    guardrails.total += required;
    // An unanswered checklist is written with the template's items: every guardrail is kept.
    guardrails.kept += answer === undefined ? required : checklistRows(field, answer).filter(keepsGuardrail).length;
  }
  return { done: (titleDone ? 1 : 0) + fields.length - todo.length, total: fields.length + 1, titleDone, todo, guardrails };
}

/**
 * The first part of the spec still to answer, in form order.
 *
 * @param progress The spec's progress.
 * @returns The title when it is missing, else the first field still to do; `undefined` when every
 *   part is answered.
 */
export function nextToAnswer(progress: Progress): { kind: 'title' } | { kind: 'field'; slug: string } | undefined {
  if (!progress.titleDone) return { kind: 'title' };
  const field = progress.todo[0];
  return field && { kind: 'field', slug: field.slug };
}

/** Whether a field is fully answered. */
function fieldDone(field: FormTemplateField, answer: FieldAnswer | undefined): boolean {
  if (answer === undefined) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  switch (field.kind) {
    case 'questions':
      return (answer as QuestionAnswer[]).every((item) => item.answer.trim() !== '');
    case 'checklist':
      return checklistRows(field, answer as ChecklistAnswer[]).every((row) => (row.kind === 'own' ? row.text.trim() !== '' : row.checked || (row.waived && row.reason.trim() !== '')));
    case 'sentence-frames':
      return (answer as string[]).every((sentence, index) => sentenceFills(rowFrame(field, index, sentence), sentence)?.every((fill) => fill.trim() !== '') ?? sentence.trim() !== '');
    default:
      return (answer as string[]).length > 0;
  }
}
