import { shownText } from '@specmark/schema/text';
import { useState } from 'preact/hooks';
import { formMessages } from '../form-messages.ts';
import type { OperationMatches } from '../worker/description-protocol.ts';

/** Props of {@link OperationPicker}. */
interface Props {
  /** How many operations the description has. */
  count: number;
  /** The operations matching the latest search. */
  matches: OperationMatches;
  /** Search the operations (the matches arrive as `matches`). */
  onSearch: (query: string) => void;
  /** The operations picked, as `METHOD /path`, in the order they were picked. */
  picked: string[];
  /** Replace the operations picked. */
  onPicked: (picked: string[]) => void;
}

/** Move focus to the next or previous operation's checkbox, for the arrow keys. */
function moveFocus(from: HTMLElement, by: 1 | -1): void {
  const boxes = [...(from.closest('.sm-api')?.querySelectorAll<HTMLInputElement>('.sm-api-operations input[type="checkbox"]') ?? [])];
  const at = boxes.indexOf(from as HTMLInputElement);
  boxes[at === -1 ? 0 : Math.min(Math.max(at + by, 0), boxes.length - 1)]?.focus();
}

/**
 * Search a description's operations as you type (method, path, summary, operation id) and pick
 * the ones the integration calls: each match is a checkbox showing its method, path, summary and
 * whether it is deprecated. The search runs in the description worker, and only the first matches
 * reach the page, so a description of ten thousand operations stays quick; the picked ones stay listed (with a way to remove each) whatever the
 * search. The arrow keys move from the search box through the matches.
 */
export function OperationPicker({ count, matches, onSearch, picked, onPicked }: Props) {
  const [query, setQuery] = useState('');
  const chosen = new Set(picked);
  const toggle = (label: string, on: boolean) => onPicked(on ? [...picked.filter((each) => each !== label), label] : picked.filter((each) => each !== label));
  return (
    <>
      <label for="sm-api-search">Search the operations</label>
      <p class="sm-hint" id="sm-api-search-hint">
        By method, path, summary or operation id; every word you type must match. Arrow keys move through the matches.
      </p>
      <input
        type="search"
        id="sm-api-search"
        aria-describedby="sm-api-search-hint sm-api-count"
        aria-controls="sm-api-operations"
        autoComplete="off"
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          onSearch(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          moveFocus(event.currentTarget, 1);
        }}
      />
      <p class="sm-hint" id="sm-api-count" aria-live="polite">
        {formMessages.operationMatches(matches.shown.length, matches.total, count)}
      </p>
      <fieldset class="sm-api-operations" id="sm-api-operations">
        <legend class="sm-visually-hidden">Operations</legend>
        <ul>
          {matches.shown.map(({ row, label, position }) => {
            const id = `sm-api-operation-${position}`;
            return (
              <li key={label}>
                <input
                  type="checkbox"
                  id={id}
                  checked={chosen.has(label)}
                  onChange={(event) => toggle(label, event.currentTarget.checked)}
                  onKeyDown={(event) => {
                    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
                    event.preventDefault();
                    if (event.key === 'ArrowUp' && event.currentTarget === event.currentTarget.closest('ul')?.querySelector('input')) document.getElementById('sm-api-search')?.focus();
                    else moveFocus(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
                  }}
                />{' '}
                <label for={id}>
                  <span class="sm-api-method">{row.method}</span> <code>{shownText(row.path)}</code>
                  {row.summary !== '' && <span class="sm-api-summary"> {shownText(row.summary)}</span>}
                  {row.deprecated && <span class="sm-api-deprecated"> deprecated</span>}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <p class="sm-hint" id="sm-api-picked-count">
        {formMessages.operationsPicked(picked.length)}
      </p>
      {picked.length > 0 && (
        <ul class="sm-api-picked" aria-labelledby="sm-api-picked-count">
          {picked.map((label) => (
            <li key={label}>
              <code>{shownText(label)}</code>{' '}
              <button type="button" aria-label={`Remove ${label}`} onClick={() => toggle(label, false)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
