import type { FrontmatterControl } from '../../lib/spec-form/frontmatter-controls.ts';

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

/** Human label of a frontmatter key (`templateVersion` → `Template version`). */
function labelOf(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A frontmatter value as text for an input. Values come from imports and stored drafts, so any JSON
 * value is possible: a mapping is shown as JSON rather than run through `String` (which throws for
 * an object whose `toString` is not a function).
 */
function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The frontmatter value of a text input: a list input is split at commas. */
function inputValue(control: FrontmatterControl, text: string): unknown {
  if (text === '') return undefined;
  return control.kind === 'list' ? text.split(',').map((item) => item.trim()) : text;
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
      {controls.map((control) => {
        const id = `sm-fm-${control.key}`;
        const hintId = control.description || control.kind === 'list' ? `${id}-hint` : undefined;
        const label = `${labelOf(control.key)}${control.required ? ' (required)' : ''}`;
        const value = values[control.key];
        const hint = hintId && (
          <p class="sm-hint" id={hintId}>
            {control.description}
            {control.kind === 'list' && ' Separate items with commas.'}
          </p>
        );
        if (control.kind === 'multi') {
          const selected = Array.isArray(value) ? value.map(valueText) : [];
          return (
            <fieldset class="sm-choices" id={id} aria-describedby={hintId} key={control.key}>
              <legend>{label}</legend>
              {hint}
              {control.options.map((option) => (
                <label class="sm-check" key={option}>
                  <input
                    type="checkbox"
                    id={`${id}-${option}`}
                    checked={selected.includes(option)}
                    onChange={(event) =>
                      onValue(control.key, event.currentTarget.checked ? control.options.filter((each) => each === option || selected.includes(each)) : selected.filter((each) => each !== option))
                    }
                  />
                  {option}
                </label>
              ))}
            </fieldset>
          );
        }
        const text = valueText(value);
        return (
          <div class="sm-control" key={control.key}>
            <label for={id}>{label}</label>
            {hint}
            {control.kind === 'select' ? (
              <select id={id} value={text} aria-describedby={hintId} onChange={(event) => onValue(control.key, event.currentTarget.value || undefined)}>
                <option value="">Choose…</option>
                {control.options.map((option) => (
                  <option value={option} key={option}>
                    {option}
                  </option>
                ))}
              </select>
            ) : (
              <input
                type={control.kind === 'date' ? 'date' : 'text'}
                id={id}
                value={text}
                aria-describedby={hintId}
                onInput={(event) => onValue(control.key, inputValue(control, event.currentTarget.value))}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
