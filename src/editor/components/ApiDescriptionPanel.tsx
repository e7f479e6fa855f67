import type { Answers } from '@specmark/template';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formMessages } from '../form-messages.ts';
import type { ApiDescription } from '../hooks/use-api-description.ts';
import type { FormTemplate } from '../model/form-template.ts';
import { mergePrefill, prefillConflicts, type PrefillMode } from '../model/merge-prefill.ts';
import { OperationPicker } from './OperationPicker.tsx';

/** Props of {@link ApiDescriptionPanel}. */
interface Props {
  /** The description opened, and how to open one. */
  api: ApiDescription;
  /** The form template. */
  template: FormTemplate;
  /** The draft, which filling joins. */
  draft: Answers;
  /** Replace the draft with the filled one, telling the person what happened (the caller offers undo). */
  onFill: (next: Answers, text: string) => void;
}

/** Answers made from the description, waiting for the person to say how they join a draft that has answers there. */
interface Waiting {
  /** The answers made from the description. */
  prefilled: Answers;
  /** The parts of the draft they would replace. */
  conflicts: string[];
  /** How many operations they were made from. */
  operations: number;
}

/**
 * "Start from the provider's API description": open the provider's OpenAPI or Swagger file
 * (read in a worker, with progress), search and pick the operations the integration calls, and
 * fill the form from them. When the draft already answers a part the description would fill, the
 * person chooses: replace those answers, or fill only the parts still empty. Either way the
 * caller offers undo. While the description is open the checks read it, as the panel says.
 */
export function ApiDescriptionPanel({ api, template, draft, onFill }: Props) {
  const { state } = api;
  const [picked, setPicked] = useState<string[]>([]);
  const [waiting, setWaiting] = useState<Waiting | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [filling, setFilling] = useState(false);
  const safeChoice = useRef<HTMLButtonElement>(null);
  // The question takes focus at its safe answer, which keeps what the person wrote.
  useEffect(() => {
    if (waiting) safeChoice.current?.focus();
  }, [waiting]);
  const name = state.kind === 'open' ? state.description.name : state.kind === 'none' ? '' : state.name;
  useEffect(() => {
    setPicked([]);
    setWaiting(undefined);
    setProblem(undefined);
  }, [state.kind === 'open' ? state.description : undefined]);

  const apply = (prefilled: Answers, operations: number, mode: PrefillMode) => {
    setWaiting(undefined);
    onFill(mergePrefill(template, draft, prefilled, mode), formMessages.prefilled(name, operations));
  };
  const fill = async () => {
    setProblem(undefined);
    setFilling(true);
    const title = (draft.title ?? '').trim();
    const made = await api.prefill(template, picked, title === '' ? undefined : title);
    setFilling(false);
    if ('problem' in made) {
      setProblem(formMessages.prefillFailed(made.problem));
      return;
    }
    const conflicts = prefillConflicts(template, draft, made.answers);
    if (conflicts.length === 0) apply(made.answers, picked.length, 'replace');
    else setWaiting({ prefilled: made.answers, conflicts, operations: picked.length });
  };

  return (
    <details class="sm-import sm-api" open={state.kind === 'none' ? undefined : true}>
      <summary>Start from the provider’s API description</summary>
      <p class="sm-hint">
        Open the provider’s OpenAPI or Swagger description (<code>.json</code>, <code>.yaml</code>), or drop it on the form. It is read in this browser
        and sent nowhere. Pick the operations the integration calls, then fill the form: provider, authentication, environments, In scope and a Key
        behavior for each error the description documents.
      </p>
      <label for="sm-api-file">Open an API description</label>
      <input
        type="file"
        id="sm-api-file"
        accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          api.open(file);
          input.value = '';
        }}
      />
      <p role="status" class="sm-hint" id="sm-api-status" aria-busy={state.kind === 'opening'}>
        {state.kind === 'opening' && formMessages.descriptionOpening(state.name, state.stage, state.loaded, state.total)}
        {state.kind === 'open' && formMessages.descriptionOpened(state.description)}
      </p>
      {state.kind === 'open' && (
        <p class="sm-hint" id="sm-api-checks">
          {formMessages.descriptionChecks(state.description.name)}
        </p>
      )}
      <div role="alert" class="sm-notice-region">
        {state.kind === 'failed' && (
          <p class="sm-notice sm-notice-error" id="sm-api-problem">
            {state.message}
          </p>
        )}
        {problem && <p class="sm-notice sm-notice-error">{problem}</p>}
      </div>
      {state.kind === 'open' && (
        <>
          <OperationPicker count={state.description.operationCount} matches={state.matches} onSearch={api.search} picked={picked} onPicked={setPicked} />
          <button type="button" disabled={picked.length === 0 || filling || waiting !== undefined} onClick={() => void fill()}>
            Fill the form
          </button>
        </>
      )}
      {waiting && (
        <div class="sm-api-confirm" role="group" aria-labelledby="sm-api-confirm-text">
          <p id="sm-api-confirm-text">{formMessages.prefillConflicts(waiting.conflicts)}</p>
          <div class="sm-buttons">
            <button type="button" onClick={() => apply(waiting.prefilled, waiting.operations, 'replace')}>
              Replace them
            </button>
            <button type="button" ref={safeChoice} onClick={() => apply(waiting.prefilled, waiting.operations, 'empty-only')}>
              Fill only the empty parts
            </button>
            <button type="button" onClick={() => setWaiting(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </details>
  );
}
