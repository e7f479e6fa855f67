import { matchChecklistAnswers, readWaiver, writeWaiver, type ChecklistAnswer } from '@specmark/template';
import type { FormTemplateField } from './form-template.ts';

/** How a checklist row is edited. */
export type ChecklistRow =
  /**
   * A required item of the template (a guardrail) the spec keeps: checked or waived with a reason,
   * never deleted. `item` is the item as the spec writes it, `template` as the template does.
   */
  | { kind: 'required'; item: string; template: string; checked: boolean; waived: boolean; reason: string }
  /** An item the person wrote: free text, may be removed. */
  | { kind: 'own'; text: string; checked: boolean };

/**
 * Read a checklist answer's items as rows of the editor, matched to the template's required items
 * as the lint rules match them (`matchChecklistAnswers`): in other case, with a final period,
 * re-spaced or waived, a guardrail is still the template's row; each guardrail is kept by the first
 * item that matches it, and any other item is the person's own.
 *
 * @param field The checklist field.
 * @param answers The field's items.
 * @returns One row per item, in order.
 */
export function checklistRows(field: FormTemplateField, answers: readonly ChecklistAnswer[]): ChecklistRow[] {
  const kept = new Map<number, string>();
  matchChecklistAnswers(field.items, answers).forEach((found, index) => {
    const item = field.items[index]!;
    if (found !== undefined && !item.prompt) kept.set(found, item.text);
  });
  return answers.map((answer, index) => {
    const checked = answer.checked === true;
    const template = kept.get(index);
    if (template === undefined) return { kind: 'own', text: answer.text, checked };
    const waiver = readWaiver(answer.text);
    return { kind: 'required', item: waiver?.item ?? answer.text, template, checked, waived: waiver !== undefined, reason: waiver?.reason ?? '' };
  });
}

/**
 * Write a row of the editor back as a checklist item.
 *
 * @param row The row.
 * @returns The item, in the spec's own words: a waived required item reads `~~item~~ reason`.
 */
export function checklistAnswer(row: ChecklistRow): ChecklistAnswer {
  if (row.kind === 'own') return { checked: row.checked, text: row.text };
  return { checked: row.checked, text: row.waived ? writeWaiver({ item: row.item, reason: row.reason.trim() }) : row.item };
}

/**
 * Whether a required row keeps its guardrail: checked or not, or waived with a reason.
 *
 * @param row The row.
 * @returns `true` for a kept guardrail; `false` for an own row or a waiver without a reason.
 */
export function keepsGuardrail(row: ChecklistRow): boolean {
  return row.kind === 'required' && (!row.waived || row.reason.trim() !== '');
}
