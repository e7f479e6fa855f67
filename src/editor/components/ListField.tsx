import { readPromptHint } from '@specmark/template';
import type { FieldProps } from './ProseField.tsx';
import { RowsFieldset } from './RowsFieldset.tsx';
import { RowControls, rowInputId } from './RowControls.tsx';

/** A list field: one input per item, with add, remove and reorder (keyboard too). */
export function ListField({ field, value, onChange }: FieldProps<string[]>) {
  const id = `sm-field-${field.slug}`;
  const hintFor = (index: number) => readPromptHint(field.items[index]?.text ?? field.items[field.items.length - 1]?.text ?? '').text;
  const set = (index: number, text: string) => onChange(value.map((item, each) => (each === index ? text : item)));
  return (
    <RowsFieldset id={id} title={field.title} rows={value} onChange={onChange} newRow={() => ''} addLabel={`Add to ${field.title}`}>
      {value.map((item, index) => {
        const label = `${field.title}, item ${index + 1}`;
        return (
          <li class="sm-row" key={index}>
            <input
              type="text"
              id={rowInputId(id, index)}
              aria-label={label}
              placeholder={hintFor(index)}
              value={item}
              onInput={(event) => set(index, event.currentTarget.value)}
            />
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
