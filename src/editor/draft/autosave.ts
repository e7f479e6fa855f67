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
 * The local storage key of a template's draft. A team's own template keeps its drafts apart from
 * the built-in ones, so a team template that reuses a built-in id never reads their drafts.
 *
 * @param templateId Template id.
 * @param own Whether the template is a team's own, opened from a file (default: `false`).
 * @returns The key (`specmark:draft:api-integration`, `specmark:own-draft:vendor-onboarding`).
 */
export function draftStorageKey(templateId: string, own = false): string {
  return `specmark:${own ? 'own-draft' : 'draft'}:${templateId}`;
}

/**
 * The local storage key where a stored draft that could not be read is kept, so that saving the
 * form's new draft does not overwrite it.
 *
 * @param templateId Template id.
 * @param own Whether the template is a team's own (default: `false`).
 * @returns The key (`specmark:draft:api-integration:unreadable`).
 */
export function unreadableDraftKey(templateId: string, own = false): string {
  return `${draftStorageKey(templateId, own)}:unreadable`;
}

/** The local storage key of the team's template last opened in the editor (its file name and Markdown). */
export const ownTemplateKey = 'specmark:own-template';

/**
 * Read the text stored under a key.
 *
 * @param key Storage key.
 * @returns The text, or `undefined` when there is none or storage is blocked.
 */
export function readStoredText(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Store text under a key as it is.
 *
 * @param key Storage key.
 * @param text The text.
 * @returns As {@link saveDraft}.
 */
export function storeText(key: string, text: string): SaveResult {
  try {
    localStorage.setItem(key, text);
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'quota' : 'unavailable';
  }
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
  return storeText(key, JSON.stringify(draft));
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
