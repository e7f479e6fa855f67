import type { Answers } from '@specmark/template';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { draftStorageKey, loadStoredDraft, readStoredText, saveDraft, storeText, unreadableDraftKey, watchStoredDraft } from '../draft/autosave.ts';
import { downloadText } from '../draft/download-text.ts';
import { draftProblemMessage, formMessages } from '../form-messages.ts';
import type { FormTemplate } from '../model/form-template.ts';
import { draftEnvelope, readDraft, readDraftText } from '../draft/read-draft.ts';
import { decodeShareFragment } from '../draft/share-link.ts';
import { hydrated } from '../view/hydration-steps.ts';
import type { Notice } from '../components/Notices.tsx';

/** How long after a change the draft is saved, in milliseconds. */
const saveDelay = 200;

/** What {@link useDraftStorage} reports. */
export interface DraftStorage {
  /** `true` once the stored or shared draft has been loaded. */
  ready: boolean;
  /** How many share links have been loaded into the form (a link can arrive while the page is open). */
  shared: number;
  /** A lasting problem with saving (storage full or blocked). */
  saveProblem: string | undefined;
  /** When another tab saved the same draft: its message and the two choices. */
  otherTab: { message: string; load: () => void; keep: () => void } | undefined;
}

/**
 * Load the draft when the form starts (a share link in the URL fragment wins over the draft saved
 * in this browser, with undo), save every change in local storage (within a fifth of a second, and
 * at once when the page is hidden), and pause saving when another
 * tab saves the same draft until the person chooses which version to keep. A saved draft that
 * cannot be read (cut short, edited by hand, from a newer page) is not loaded: its text is copied
 * to its own storage key before anything is saved over it, the person is told why, and can
 * download it. Changes not yet saved are saved when the form goes away.
 *
 * @param template The form template (a team's own template keeps its drafts under keys of their own).
 * @param draft The current draft.
 * @param setDraft Replace the draft.
 * @param notify Show a notice.
 * @returns Whether the draft is loaded, and saving problems.
 */
export function useDraftStorage(template: FormTemplate, draft: Answers, setDraft: (answers: Answers) => void, notify: (notice: Notice) => void): DraftStorage {
  const own = template.file !== undefined;
  const key = draftStorageKey(template.id, own);
  const tab = useRef('');
  const [ready, setReady] = useState(false);
  const [shared, setShared] = useState(0);
  const [saveProblem, setSaveProblem] = useState<string | undefined>(undefined);
  const [other, setOther] = useState<Answers | undefined>(undefined);
  const draftRef = useRef(draft);
  draftRef.current = draft;

  // A saved draft that could not be read nor kept aside must not be saved over until downloaded.
  const holdSaving = useRef(false);
  const save = (answers: Answers): void => {
    if (holdSaving.current) return;
    // Writing what is already stored would make other tabs think this one edited the draft.
    const stored = loadStoredDraft(key) as { answers?: unknown } | undefined;
    if (stored && JSON.stringify(stored.answers) === JSON.stringify(answers)) return;
    const result = saveDraft(key, { ...draftEnvelope(template, answers), tab: tab.current, savedAt: Date.now() });
    setSaveProblem(result === 'quota' ? formMessages.quota : result === 'unavailable' ? formMessages.storageUnavailable : undefined);
  };

  // Right after the form is mounted, not after its first paint: a shared draft is waited for.
  useLayoutEffect(() => {
    tab.current = crypto.randomUUID();
    let cancelled = false;
    const storedText = readStoredText(key);
    const stored = storedText === undefined ? undefined : readDraftText(template, storedText);
    const saved = stored?.ok ? stored.answers : undefined;
    let storedBroken: string | undefined;
    if (storedText !== undefined && stored && !stored.ok) {
      const kept = storeText(unreadableDraftKey(template.id, own), storedText) === 'saved';
      holdSaving.current = !kept;
      storedBroken = (kept ? formMessages.storedBroken : formMessages.storedBrokenNotKept)(draftProblemMessage(stored.problem));
    }
    const keptAside = {
      label: formMessages.storedBrokenAction,
      run: () => {
        downloadText(storedText ?? '', `${template.id}-saved-draft.json`, 'application/json');
        if (!holdSaving.current) return;
        holdSaving.current = false;
        save(draftRef.current);
      },
    };
    const withStored = (text: string): string => (storedBroken ? `${text} ${storedBroken}` : text);
    const fromLink = async (fallback: Answers | undefined): Promise<void> => {
      const shared = await decodeShareFragment(location.hash);
      if (cancelled) return;
      if (shared !== undefined) {
        history.replaceState(history.state, '', location.pathname + location.search);
        const read = shared === null ? undefined : readDraft(template, shared);
        if (read?.ok) {
          const previous = fallback ?? draftRef.current;
          setDraft(read.answers);
          setShared((count) => count + 1);
          notify({ text: withStored(formMessages.shareLoaded), tone: storedBroken ? 'error' : 'info', action: { label: 'Undo', run: () => setDraft(previous) } });
        } else {
          if (fallback) setDraft(fallback);
          notify({ text: withStored(formMessages.shareBroken(read ? draftProblemMessage(read.problem) : formMessages.shareCorrupt)), tone: 'error', ...(storedBroken ? { action: keptAside } : {}) });
        }
      } else if (fallback) {
        setDraft(fallback);
        notify({ text: formMessages.restored, tone: 'info' });
      } else if (storedBroken) {
        notify({ text: storedBroken, tone: 'error', action: keptAside });
      }
      storedBroken = undefined;
      setReady(true);
    };
    // Parts of the form still showing the server's markup must not be hydrated with a draft.
    void hydrated().then(() => (cancelled ? undefined : fromLink(saved)));
    // A share link pasted into this tab's address bar changes only the fragment.
    const onHashChange = (): void => void fromLink(undefined);
    addEventListener('hashchange', onHashChange);
    const stop = watchStoredDraft(key, tab.current, (data) => {
      const read = readDraft(template, data);
      if (read.ok) setOther(read.answers);
    });
    return () => {
      cancelled = true;
      stop();
      removeEventListener('hashchange', onHashChange);
    };
  }, []);

  // Save shortly after each change, and at once when the page is hidden or left.
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flush = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (!ready || other !== undefined) return;
    flush.current = () => {
      clearTimeout(pending.current);
      pending.current = undefined;
      save(draftRef.current);
    };
    pending.current = setTimeout(flush.current, saveDelay);
    return () => clearTimeout(pending.current);
  }, [draft, ready, other]);
  useEffect(() => {
    const onHide = (): void => {
      if (pending.current !== undefined) flush.current();
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') onHide();
    };
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      // The form goes away (another template is opened): keep what was typed last.
      onHide();
    };
  }, []);

  return {
    ready,
    shared,
    saveProblem,
    otherTab: other && {
      message: formMessages.otherTab,
      load: () => {
        setDraft(other);
        setOther(undefined);
      },
      keep: () => {
        setOther(undefined);
        save(draftRef.current);
      },
    },
  };
}
