import type { Answers } from '@specmark/template';
import { useEffect, useRef, useState } from 'preact/hooks';
import { descriptionFileProblem } from '../draft/description-file.ts';
import { formMessages } from '../form-messages.ts';
import type { FormTemplate } from '../model/form-template.ts';
import { DescriptionWorkerClient } from '../worker/description-client.ts';
import { shownOperations, type DescriptionStage, type OpenedDescription, type OperationMatches } from '../worker/description-protocol.ts';
import type { OpenedIndex } from '../worker/opened-index.ts';
import { templateRef } from '../worker/worker-protocol.ts';

/** Where opening a provider's API description stands. */
export type DescriptionState =
  /** Nothing opened yet. */
  | { kind: 'none' }
  /** A file is being read, parsed or indexed (in the worker). */
  | { kind: 'opening'; name: string; stage: DescriptionStage; loaded: number; total: number }
  /** The file cannot be opened: why, in words. */
  | { kind: 'failed'; name: string; message: string }
  /**
   * The description is open: what it is, the operations matching the latest search, and its index
   * as bytes for the checks.
   */
  | { kind: 'open'; description: OpenedDescription; matches: OperationMatches; checked: OpenedIndex };

/** What {@link useApiDescription} offers. */
export interface ApiDescription {
  /** Where opening stands. */
  state: DescriptionState;
  /** The open description's name and index, for the checks; `undefined` while none is open. The same object until another file is opened. */
  opened: OpenedIndex | undefined;
  /** Open a description file (chosen or dropped); a file still being opened is given up. */
  open: (file: File) => void;
  /** Search the open description's operations: the matches replace those listed, unless a later search has been sent. */
  search: (query: string) => void;
  /**
   * The answers made from the open description and the operations picked (`prefillAnswers`).
   *
   * @returns The answers, or why they could not be made.
   */
  prefill: (template: FormTemplate, operations: string[], title: string | undefined) => Promise<{ answers: Answers } | { problem: string }>;
}

/**
 * Open a provider's API description in the browser: the file is read, parsed and indexed in a
 * worker of its own (started on the first file, so the page never waits for it), with its
 * progress shown; the index stays there, where its operations are searched and the form's answers
 * are made, so the page only ever receives the operations it lists, and the index once, as one
 * buffer of bytes, for the checks (`opened`); nothing is stored. Opening another file while
 * one is being read stops that worker and starts a new one.
 *
 * @returns The state and the actions.
 */
export function useApiDescription(): ApiDescription {
  const [state, setState] = useState<DescriptionState>({ kind: 'none' });
  const client = useRef<DescriptionWorkerClient | undefined>(undefined);
  const busy = useRef(false);
  const searches = useRef(0);
  useEffect(() => () => client.current?.terminate(), []);

  const open = (file: File): void => {
    const problem = descriptionFileProblem(file);
    if (problem) {
      setState({ kind: 'failed', name: file.name, message: formMessages.descriptionFileProblem(file.name, problem) });
      return;
    }
    if (busy.current) {
      client.current?.terminate();
      client.current = undefined;
    }
    const worker = (client.current ??= new DescriptionWorkerClient());
    busy.current = true;
    setState({ kind: 'opening', name: file.name, stage: 'reading', loaded: 0, total: file.size });
    void worker
      .request({ type: 'open', file }, (stage, loaded, total) => {
        if (client.current === worker) setState({ kind: 'opening', name: file.name, stage, loaded, total });
      })
      .then((answer) => {
        if (client.current !== worker) return;
        busy.current = false;
        if (answer.type === 'opened') setState({ kind: 'open', description: answer.description, matches: answer.matches, checked: { name: answer.description.name, bytes: answer.index } });
        else if (answer.type === 'not-utf8') setState({ kind: 'failed', name: file.name, message: formMessages.fileProblem(file.name, 'not-utf8') });
        else if (answer.type === 'unreadable') setState({ kind: 'failed', name: file.name, message: formMessages.descriptionUnreadable(file.name, answer.problem) });
        else setState({ kind: 'failed', name: file.name, message: formMessages.descriptionFailed(file.name, answer.type === 'error' ? answer.message : answer.type) });
      });
  };

  const search = (query: string): void => {
    const worker = client.current;
    if (!worker || state.kind !== 'open') return;
    const sent = ++searches.current;
    void worker.request({ type: 'search', query, limit: shownOperations }).then((answer) => {
      if (answer.type !== 'matches' || sent !== searches.current || client.current !== worker) return;
      setState((current) => (current.kind === 'open' ? { ...current, matches: answer.matches } : current));
    });
  };

  const prefill: ApiDescription['prefill'] = async (template, operations, title) => {
    const worker = client.current;
    if (!worker || state.kind !== 'open') return { problem: 'no description is open' };
    const answer = await worker.request({ type: 'prefill', template: templateRef(template), operations, ...(title === undefined ? {} : { title }) });
    return answer.type === 'prefill' ? { answers: answer.answers } : { problem: answer.type === 'error' ? answer.message : answer.type };
  };

  return { state, opened: state.kind === 'open' ? state.checked : undefined, open, search, prefill };
}
