import type { FrontmatterControl } from '../model/frontmatter-controls.ts';
import { groupValue, inputValue, labelOf, textOf } from '../model/frontmatter-values.ts';

/** Props of {@link FrontmatterFields}. */
interface Props {
  /** The spec's title (the `#` heading). */
  title: string;
  /** The prompt for the title, as hint. */
  titlePrompt: string;
  /** Frontmatter inputs, from the schema. */
  controls: FrontmatterControl[];
  /** The frontmatter as drafted. */
  values: Record<string, unknown>;
  /** Replace the title. */
  onTitle: (title: string) => void;
  /** Replace one frontmatter value (`undefined` removes it). */
  onValue: (key: string, value: unknown) => void;
}

/** The spec's title and its frontmatter inputs, with the schema's allowed values. */
export function FrontmatterFields({ title, titlePrompt, controls, values, onTitle, onValue }: Props) {
  return (
    <fieldset class="sm-field" id="sm-frontmatter">
      <legend class="sm-field-title">About this spec</legend>
      <label for="sm-title">Title</label>
      <p class="sm-hint" id="sm-title-hint">
        {titlePrompt.replace(/^\[|\]$/g, '')}
      </p>
      <input type="text" id="sm-title" value={title} aria-describedby="sm-title-hint" onInput={(event) => onTitle(event.currentTarget.value)} />
      {controls.map((control) => (
        <ControlInput control={control} id={`sm-fm-${control.key}`} value={values[control.key]} onValue={(value) => onValue(control.key, value)} key={control.key} />
      ))}
    </fieldset>
  );
}

/** Props of {@link ControlInput}. */
interface InputProps {
  /** The input's control. */
  control: FrontmatterControl;
  /** Its element id (`sm-fm-<key>`, `sm-fm-<key>-<nested key>` inside a group). */
  id: string;
  /** Its value in the draft. */
  value: unknown;
  /** Replace the value (`undefined` removes it). */
  onValue: (value: unknown) => void;
  /** The label of the group it is in, if any: its required keys are required for that group only. */
  group?: string;
}

/**
 * One frontmatter input, by kind: a select, a group of checkboxes, a text, date or number input,
 * or, for an object such as `rateLimit`, a fieldset with an input for each of its keys (emptying
 * them all removes the object).
 */
function ControlInput({ control, id, value, onValue, group }: InputProps) {
  const hintId = control.description || control.kind === 'list' ? `${id}-hint` : undefined;
  const need = control.required ? (group ? ` (required for ${group.toLowerCase()})` : ' (required)') : control.requiredFrom ? ` (required from ${control.requiredFrom})` : '';
  const label = `${labelOf(control.key)}${need}`;
  const hint = hintId && (
    <p class="sm-hint" id={hintId}>
      {control.description}
      {control.kind === 'list' && ' Separate items with commas.'}
    </p>
  );
  if (control.kind === 'group') {
    const current = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    return (
      <fieldset class="sm-choices sm-group" id={id} aria-describedby={hintId}>
        <legend>{label}</legend>
        {hint}
        {(control.controls ?? []).map((inner) => (
          <ControlInput
            control={inner}
            id={`${id}-${inner.key}`}
            value={current[inner.key]}
            onValue={(next) => onValue(groupValue(control, current, inner.key, next))}
            group={labelOf(control.key)}
            key={inner.key}
          />
        ))}
      </fieldset>
    );
  }
  if (control.kind === 'multi') {
    const selected = Array.isArray(value) ? value.map(textOf) : [];
    return (
      <fieldset class="sm-choices" id={id} aria-describedby={hintId}>
        <legend>{label}</legend>
        {hint}
        {control.options.map((option) => (
          <label class="sm-check" key={option}>
            <input
              type="checkbox"
              id={`${id}-${option}`}
              checked={selected.includes(option)}
              onChange={(event) => onValue(event.currentTarget.checked ? control.options.filter((each) => each === option || selected.includes(each)) : selected.filter((each) => each !== option))}
            />
            {option}
          </label>
        ))}
      </fieldset>
    );
  }
  const text = textOf(value);
  return (
    <div class="sm-control">
      <label for={id}>{label}</label>
      {hint}
      {control.kind === 'select' ? (
        <select id={id} value={text} aria-describedby={hintId} onChange={(event) => onValue(event.currentTarget.value || undefined)}>
          <option value="">Choose…</option>
          {control.options.map((option) => (
            <option value={option} key={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input
          type={control.kind === 'date' ? 'date' : control.kind === 'integer' ? 'number' : 'text'}
          inputMode={control.kind === 'integer' ? 'numeric' : undefined}
          min={control.minimum}
          step={control.kind === 'integer' ? 1 : undefined}
          id={id}
          value={text}
          aria-describedby={hintId}
          onInput={(event) => onValue(inputValue(control, event.currentTarget.value))}
        />
      )}
    </div>
  );
}
