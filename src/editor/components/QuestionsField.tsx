import type { QuestionAnswer } from '@specmark/template';
import type { FieldProps } from './ProseField.tsx';
import { RowsFieldset } from './RowsFieldset.tsx';
import { RowControls, rowInputId } from './RowControls.tsx';

/**
 * A questions field (edge cases): each of the template's questions with an answer box; the person
 * may add questions of their own, which can be reordered and removed. The template's questions
 * stay.
 */
export function QuestionsField({ field, value, onChange }: FieldProps<QuestionAnswer[]>) {
  const id = `sm-field-${field.slug}`;
  const fixed = new Set(field.items.map((item) => item.text));
  const set = (index: number, patch: Partial<QuestionAnswer>) => onChange(value.map((item, each) => (each === index ? { ...item, ...patch } : item)));
  return (
    <RowsFieldset id={id} title={field.title} rows={value} onChange={onChange} newRow={() => ({ question: '', answer: '' })} addLabel={`Add a question to ${field.title}`} focusSuffix="-question">
      {value.map((item, index) => {
        const inputId = rowInputId(id, index);
        const own = !fixed.has(item.question);
        const label = `${field.title}, question ${index + 1}`;
        return (
          <li class="sm-row sm-row-stacked" key={index}>
            {own ? (
              <>
                <label for={`${inputId}-question`}>Question {index + 1}</label>
                <input type="text" id={`${inputId}-question`} value={item.question} onInput={(event) => set(index, { question: event.currentTarget.value })} />
              </>
            ) : (
              <label class="sm-question" for={inputId}>
                {item.question}
              </label>
            )}
            <textarea
              id={own ? `${inputId}-answer` : inputId}
              rows={2}
              aria-label={own ? `Answer to question ${index + 1}` : undefined}
              value={item.answer}
              onInput={(event) => set(index, { answer: event.currentTarget.value })}
            />
            {own && (
              <RowControls
                id={`${id}-${index}`}
                label={label}
                index={index}
                rows={value}
                onChange={onChange}
              />
            )}
          </li>
        );
      })}
    </RowsFieldset>
  );
}
