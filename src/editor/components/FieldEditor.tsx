import type { ChecklistAnswer, FieldAnswer, QuestionAnswer } from '@specmark/template';
import type { FormTemplateField } from '../model/form-template.ts';
import { ChecklistField } from './ChecklistField.tsx';
import { ListField } from './ListField.tsx';
import { ProseField } from './ProseField.tsx';
import { QuestionsField } from './QuestionsField.tsx';
import { SentenceFramesField } from './SentenceFramesField.tsx';

/** Props of {@link FieldEditor}. */
interface Props {
  /** The field. */
  field: FormTemplateField;
  /** Its value (an answer, or the field's starting value). */
  value: FieldAnswer;
  /** Replace its value. */
  onChange: (value: FieldAnswer) => void;
}

/** The editor for one field, chosen by the field's kind. */
export function FieldEditor({ field, value, onChange }: Props) {
  switch (field.kind) {
    case 'prose':
      return <ProseField field={field} value={value as string} onChange={onChange} />;
    case 'list':
      return <ListField field={field} value={value as string[]} onChange={onChange} />;
    case 'sentence-frames':
      return <SentenceFramesField field={field} value={value as string[]} onChange={onChange} />;
    case 'questions':
      return <QuestionsField field={field} value={value as QuestionAnswer[]} onChange={onChange} />;
    case 'checklist':
      return <ChecklistField field={field} value={value as ChecklistAnswer[]} onChange={onChange} />;
  }
}
