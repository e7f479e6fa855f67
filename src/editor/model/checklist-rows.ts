import { readWaiver, writeWaiver, type ChecklistAnswer } from '@specmark/template';
import type { FormTemplateField } from './form-template.ts';

/** How a checklist row is edited. */
export type ChecklistRow =
  /** A required item of the template: checked or waived with a reason, never deleted. */
  | { kind: 'required'; item: string; checked: boolean; waived: boolean; reason: string }
  /** An item the person wrote: free text, may be removed. */
  | { kind: 'own'; text: string; checked: boolean };

/**
 * Read a checklist answer's item as a row of the editor.
 *
 * @param field The checklist field.
 * @param answer The item.
 * @returns The row: `required` when its text (or its waived text) is one of the template's
 *   required items, else `own`.
 */
export function checklistRow(field: FormTemplateField, answer: ChecklistAnswer): ChecklistRow {
  const waiver = readWaiver(answer.text);
  const required = field.items.find((item) => !item.prompt && (item.text === answer.text || item.text === waiver?.item));
  if (required) return { kind: 'required', item: required.text, checked: answer.checked === true, waived: waiver !== undefined, reason: waiver?.reason ?? '' };
  return { kind: 'own', text: answer.text, checked: answer.checked === true };
}

/**
 * Write a row of the editor back as a checklist item.
 *
 * @param row The row.
 * @returns The item: a waived required item reads `~~item~~ reason`.
 */
export function checklistAnswer(row: ChecklistRow): ChecklistAnswer {
  if (row.kind === 'own') return { checked: row.checked, text: row.text };
  return { checked: row.checked, text: row.waived ? writeWaiver({ item: row.item, reason: row.reason.trim() }) : row.item };
}
