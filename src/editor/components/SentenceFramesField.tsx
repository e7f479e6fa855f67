import { readPromptHint, type SentenceFrame } from '@specmark/template';
import { useRef } from 'preact/hooks';
import { rowFrame, sentenceFills, writeSentence } from '../model/sentence-rows.ts';
import type { FieldProps } from './ProseField.tsx';
import { RowsFieldset } from './RowsFieldset.tsx';
import { RowControls, rowInputId } from './RowControls.tsx';

/**
 * A sentence-frames field ("When …, …"): the template's words stay fixed and each gap is an input;
 * a sentence that does not follow the frame (from an imported file) is edited as free text.
 */
export function SentenceFramesField({ field, value, onChange }: FieldProps<string[]>) {
  const id = `sm-field-${field.slug}`;
  // The gap texts as typed, by sentence: a comma typed into a gap must stay in that gap even
  // though reading the sentence back would split there.
  const typed = useRef(new Map<string, string[]>());
  const fillsOf = (frame: SentenceFrame, sentence: string) => {
    const fills = typed.current.get(sentence);
    return fills?.length === frame.gaps.length ? fills : sentenceFills(frame, sentence);
  };
  const set = (index: number, text: string) => onChange(value.map((item, each) => (each === index ? text : item)));
  return (
    <RowsFieldset id={id} title={field.title} rows={value} onChange={onChange} newRow={() => (rowFrame(field, value.length).words.join('') === '' ? '' : writeSentence(rowFrame(field, value.length), []))} addLabel={`Add to ${field.title}`}>
      {value.map((sentence, index) => {
        const frame = rowFrame(field, index, sentence);
        const fills = fillsOf(frame, sentence);
        const label = `${field.title}, sentence ${index + 1}`;
        const inputId = rowInputId(id, index);
        return (
          <li class="sm-row" key={index}>
            {fills ? (
              <span class="sm-frame" role="group" aria-label={label}>
                {frame.words.map((word, gap) => (
                  <>
                    {word.trim() !== '' && <span class="sm-frame-word">{word.trim()}</span>}
                    {gap < frame.gaps.length && (
                      <input
                        type="text"
                        id={gap === 0 ? inputId : `${inputId}-gap-${gap}`}
                        aria-label={`${label}: ${readPromptHint(frame.gaps[gap] ?? '').text}`}
                        placeholder={readPromptHint(frame.gaps[gap] ?? '').text}
                        value={fills[gap] ?? ''}
                        onInput={(event) => {
                          const next = fills.map((fill, each) => (each === gap ? event.currentTarget.value : fill));
                          const written = writeSentence(frame, next);
                          if (typed.current.size > 200) typed.current.clear();
                          typed.current.set(written, next);
                          set(index, written);
                        }}
                      />
                    )}
                  </>
                ))}
              </span>
            ) : (
              <input type="text" id={inputId} aria-label={label} value={sentence} onInput={(event) => set(index, event.currentTarget.value)} />
            )}
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
