import type { DraftEnvelope } from './read-draft.ts';

/** What a save did. */
export type SaveResult = 'saved' | 'quota' | 'unavailable';

/** A draft as kept in local storage: the envelope plus which tab wrote it and when. */
export interface StoredDraft extends DraftEnvelope {
  /** Id of the tab that wrote it. */
  tab: string;
  /** When it was written (milliseconds since the epoch). */
  savedAt: number;
}

/**
 * The local storage key of a template's draft.
 *
 * @param templateId Template id.
 * @returns The key (`specmark:draft:api-integration`).
 */
export function draftStorageKey(templateId: string): string {
  return `specmark:draft:${templateId}`;
}

/**
 * Save a draft in local storage.
 *
 * @param key Storage key.
 * @param draft The draft and the tab writing it.
 * @returns `saved`; `quota` when the browser's storage is full; `unavailable` when storage is
 *   blocked (private mode, settings).
 */
export function saveDraft(key: string, draft: StoredDraft): SaveResult {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'quota' : 'unavailable';
  }
}

/**
 * Read the stored draft, unchecked.
 *
 * @param key Storage key.
 * @returns The parsed JSON, or `undefined` when there is none or it is not JSON.
 */
export function loadStoredDraft(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * Call back when another tab saves the same draft (the `storage` event fires only in other tabs).
 *
 * @param key Storage key.
 * @param tab This tab's id; saves by this tab are ignored.
 * @param onChange Called with the other tab's stored draft (parsed JSON, unchecked).
 * @returns A function that stops watching.
 */
export function watchStoredDraft(key: string, tab: string, onChange: (data: unknown) => void): () => void {
  const listener = (event: StorageEvent): void => {
    if (event.key !== key || event.newValue === null) return;
    try {
      const data = JSON.parse(event.newValue) as { tab?: unknown };
      if (data.tab !== tab) onChange(data);
    } catch {
      // Not a draft written by the form; nothing to tell.
    }
  };
  addEventListener('storage', listener);
  return () => removeEventListener('storage', listener);
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}
