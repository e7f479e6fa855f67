import { readPromptHint, type ChecklistAnswer } from '@specmark/template';
import { checklistAnswer, checklistRows, type ChecklistRow } from '../model/checklist-rows.ts';
import type { FieldProps } from './ProseField.tsx';
import { RowsFieldset } from './RowsFieldset.tsx';
import { RowControls, rowInputId } from './RowControls.tsx';

/**
 * A checklist field: the template's required items are listed and can be checked, or waived with
 * a reason (written `~~item~~ reason`), but not deleted; items the person adds can be edited,
 * reordered and removed.
 */
export function ChecklistField({ field, value, onChange }: FieldProps<ChecklistAnswer[]>) {
  const id = `sm-field-${field.slug}`;
  const rows = checklistRows(field, value);
  const prompts = field.items.filter((item) => item.prompt);
  const hintFor = (index: number) => readPromptHint(prompts[index]?.text ?? prompts[prompts.length - 1]?.text ?? '').text;
  const set = (index: number, row: ChecklistRow) => onChange(value.map((item, each) => (each === index ? checklistAnswer(row) : item)));
  let ownCount = 0;
  return (
    <RowsFieldset id={id} title={field.title} rows={value} onChange={onChange} newRow={() => ({ checked: false, text: '' })} addLabel={`Add to ${field.title}`} ordered={false}>
      {rows.map((row, index) => {
        const inputId = rowInputId(id, index);
        if (row.kind === 'required') {
          return (
            <li class="sm-row sm-row-stacked" key={index}>
              <span class="sm-check">
                <input type="checkbox" id={inputId} checked={row.checked} onChange={(event) => set(index, { ...row, checked: event.currentTarget.checked })} />
                <label for={inputId} class={row.waived ? 'sm-waived' : undefined}>
                  {row.item}
                </label>
              </span>
              <button type="button" class="sm-waive" aria-pressed={row.waived} onClick={() => set(index, { ...row, waived: !row.waived })}>
                {row.waived ? 'Keep this item' : 'Waive this item'}
                <span class="sm-visually-hidden">: {row.item}</span>
              </button>
              {row.waived && (
                <>
                  <label for={`${inputId}-reason`}>Why it does not apply</label>
                  <input type="text" id={`${inputId}-reason`} value={row.reason} onInput={(event) => set(index, { ...row, reason: event.currentTarget.value })} />
                </>
              )}
            </li>
          );
        }
        const hint = hintFor(ownCount++);
        const label = `${field.title}, item ${index + 1}`;
        return (
          <li class="sm-row" key={index}>
            <input type="checkbox" id={`${inputId}-done`} aria-label={`${label} done`} checked={row.checked} onChange={(event) => set(index, { ...row, checked: event.currentTarget.checked })} />
            <input type="text" id={inputId} aria-label={label} placeholder={hint} value={row.text} onInput={(event) => set(index, { ...row, text: event.currentTarget.value })} />
            <RowControls
              id={`${id}-${index}`}
              label={label}
              index={index}
              rows={value}
              onChange={onChange}
            />
          </li>
        );
      })}
    </RowsFieldset>
  );
}
