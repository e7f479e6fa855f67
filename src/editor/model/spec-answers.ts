import type { Answers, ChecklistAnswer, FieldAnswer, QuestionAnswer } from '@specmark/template';
import { defaultFieldValue } from './field-values.ts';
import { formFields, type FormTemplate, type FormTemplateField } from './form-template.ts';
import { isUnfilledSentence, rowFrame } from './sentence-rows.ts';

/**
 * Turn the form's draft into the answers a spec is rendered from: texts trimmed, empty rows and
 * unfilled sentence frames left out, a field with nothing in it left unanswered (so the spec shows
 * the template's prompt), and the frontmatter naming the template and its version first.
 *
 * @param template The form template.
 * @param draft The draft as the form holds it.
 * @param titleInFrontmatter Whether the title is also written to frontmatter `title` (default: `false`).
 * @returns The answers for `renderSpec`.
 */
export function specAnswers(template: FormTemplate, draft: Answers, titleInFrontmatter = false): Answers {
  const title = (draft.title ?? '').replace(/\s+/g, ' ').trim();
  const frontmatter: Record<string, unknown> = { template: template.id, templateVersion: template.version };
  if (titleInFrontmatter && title !== '') frontmatter.title = title;
  for (const [key, value] of Object.entries(draft.frontmatter ?? {})) {
    if (key in frontmatter || (titleInFrontmatter && key === 'title')) continue;
    const clean = cleanValue(value);
    if (clean !== undefined) frontmatter[key] = clean;
  }
  const answers: Answers = { frontmatter, fields: {} };
  if (title !== '') answers.title = title;
  for (const field of formFields(template)) {
    const answer = draft.fields[field.slug];
    const clean = answer === undefined ? undefined : cleanAnswer(field, answer);
    if (clean !== undefined) answers.fields[field.slug] = clean;
  }
  if (draft.extras && draft.extras.length > 0) answers.extras = draft.extras;
  if (draft.format) answers.format = draft.format;
  return answers;
}

/** A frontmatter value without empty strings, lists and objects, at any depth; `undefined` when nothing is left. */
function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) {
    const items = value.map(cleanValue).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value).flatMap(([key, item]) => {
      const clean = cleanValue(item);
      return clean === undefined ? [] : [[key, clean] as const];
    });
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value ?? undefined;
}

/** A field's answer as a spec states it, or `undefined` when the person wrote nothing. */
function cleanAnswer(field: FormTemplateField, answer: FieldAnswer): FieldAnswer | undefined {
  if (typeof answer === 'string') return answer.trim() === '' ? undefined : answer.trim();
  switch (field.kind) {
    case 'questions': {
      const items = (answer as QuestionAnswer[]).map((item) => ({ question: item.question.trim(), answer: item.answer.trim() }));
      const kept = items.filter((item) => item.question !== '' || item.answer !== '');
      return kept.some((item) => item.answer !== '') ? kept : undefined;
    }
    case 'checklist': {
      const items = (answer as ChecklistAnswer[]).map((item) => ({ ...item, text: item.text.trim() })).filter((item) => item.text !== '');
      // Left as the form starts it (`defaultFieldValue`): the template's own items, unchecked, byte for
      // byte. This asks whether anything was written, not which guardrails are kept (`checklistRows`):
      // a guardrail in the person's own case or punctuation is an answer, and is written as they wrote it.
      const start = (defaultFieldValue(field) as ChecklistAnswer[]).filter((item) => item.text !== '');
      const untouched = items.length === start.length && items.every((item, index) => item.checked !== true && item.text === start[index]!.text);
      return items.length === 0 || untouched ? undefined : items;
    }
    case 'sentence-frames': {
      const items = (answer as string[]).map((item) => item.trim()).filter((item, index) => !isUnfilledSentence(rowFrame(field, index, item), item));
      return items.length === 0 ? undefined : items;
    }
    default: {
      const items = (answer as string[]).map((item) => item.trim()).filter((item) => item !== '');
      return items.length === 0 ? undefined : items;
    }
  }
}
