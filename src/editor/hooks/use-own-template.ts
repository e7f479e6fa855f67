import { useEffect, useRef, useState } from 'preact/hooks';
import type { Notice } from '../components/Notices.tsx';
import { ownTemplateKey, readStoredText, storeText } from '../draft/autosave.ts';
import { decodeShareFragment, templateFragmentKey, withoutFragmentKey } from '../draft/share-link.ts';
import { readTemplateEnvelope, templateEnvelope } from '../draft/template-envelope.ts';
import { formMessages } from '../form-messages.ts';
import type { FormTemplate, TemplateFile } from '../model/form-template.ts';
import { requestWorker } from '../worker/worker-client.ts';
import type { TemplateProblemLine } from '../worker/worker-protocol.ts';

/** A template file that could not be read, with its problems. */
export interface RefusedTemplate extends TemplateFile {
  /** Every problem, in file order. */
  problems: TemplateProblemLine[];
}

/** What {@link useOwnTemplate} reports. */
export interface OwnTemplate {
  /** `true` once the share link and the browser's storage have been looked at. */
  ready: boolean;
  /** The template opened, for the form; `undefined` until one is. */
  template: FormTemplate | undefined;
  /** Counts the templates opened, so that each gets a fresh form. */
  opened: number;
  /** The last template file that could not be read. */
  refused: RefusedTemplate | undefined;
  /** Whether a template is being read. */
  reading: boolean;
  /** The latest notice about templates. */
  notice: Notice | undefined;
  /** Open a template file (read in the worker). */
  open: (file: TemplateFile) => void;
  /** Show a notice (a file that could not be read). */
  notify: (notice: Notice) => void;
  /** Put the template away, to open another (its drafts stay saved). */
  close: () => void;
}

/**
 * A team's own template for the editor: read from a share link (`#template=…`), else the one last
 * opened in this browser, else whichever file the person opens. The template is read in the
 * worker with `parseTemplate`; one that cannot be read is refused with every problem at its line.
 * The template opened is kept in the browser, so the page opens it again; it is never sent anywhere.
 *
 * @returns The template, its problems, and what can be done.
 */
export function useOwnTemplate(): OwnTemplate {
  const [ready, setReady] = useState(false);
  const [template, setTemplate] = useState<FormTemplate | undefined>(undefined);
  const [opened, setOpened] = useState(0);
  const [refused, setRefused] = useState<RefusedTemplate | undefined>(undefined);
  const [reading, setReading] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const live = useRef(true);

  const read = async (file: TemplateFile, extra = ''): Promise<void> => {
    setReading(true);
    const response = await requestWorker().request({ type: 'template', source: file.markdown, name: file.name });
    if (!live.current) return;
    setReading(false);
    if (response.type === 'template') {
      const kept = storeText(ownTemplateKey, JSON.stringify(templateEnvelope(file))) === 'saved';
      setRefused(undefined);
      setTemplate({ ...response.template, file });
      setOpened((count) => count + 1);
      const text = `${formMessages.templateLoaded(file.name, response.template.title, response.template.version)}${kept ? '' : ` ${formMessages.templateNotKept}`}${extra}`;
      setNotice({ text, tone: kept ? 'info' : 'error' });
    } else if (response.type === 'template-problems') {
      setTemplate(undefined);
      setRefused({ ...file, problems: response.problems });
      setNotice({ text: formMessages.templateProblems(file.name, response.problems.length), tone: 'error' });
    } else if (response.type === 'error') {
      setNotice({ text: formMessages.templateFailed(response.message), tone: 'error' });
    }
  };

  useEffect(() => {
    const start = async (): Promise<void> => {
      const linked = await decodeShareFragment(location.hash, templateFragmentKey);
      let broken = '';
      if (linked !== undefined) {
        // The template is taken out of the address; the draft stays there for the form to read.
        history.replaceState(history.state, '', location.pathname + location.search + withoutFragmentKey(location.hash, templateFragmentKey));
        const file = readTemplateEnvelope(linked);
        if (file) return read(file);
        broken = `${formMessages.shareBroken(formMessages.templateLinkBroken)}`;
      }
      const storedText = readStoredText(ownTemplateKey);
      let stored: unknown;
      try {
        stored = storedText === undefined ? undefined : (JSON.parse(storedText) as unknown);
      } catch {
        stored = undefined;
      }
      const file = readTemplateEnvelope(stored);
      if (file) return read(file, broken ? ` ${broken}` : '');
      if (broken) setNotice({ text: broken, tone: 'error' });
      const draft = (await decodeShareFragment(location.hash)) as { template?: unknown } | null | undefined;
      if (!broken && typeof draft?.template === 'string') setNotice({ text: formMessages.templateNeeded(draft.template), tone: 'error' });
    };
    void start().finally(() => live.current && setReady(true));
    return () => {
      live.current = false;
    };
  }, []);

  return {
    ready,
    template,
    opened,
    refused,
    reading,
    notice,
    open: (file) => void read(file),
    notify: setNotice,
    close: () => {
      setTemplate(undefined);
      setNotice(undefined);
    },
  };
}
