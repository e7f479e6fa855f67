/** The options of Pagefind's UI used here (the package has no types). */
interface PagefindUIOptions {
  element: string;
  baseUrl: string;
  bundlePath: string;
  showImages: boolean;
  showSubResults: boolean;
  translations: Record<string, string>;
}

/** Whether a key press is aimed at something the person is typing into. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * `<site-search>`: the search button and its dialog. Opens on the button, Ctrl/⌘+K (which also
 * closes it) and `/` (when not typing in a field); closes on Escape, the cancel button, a result
 * link or a click outside. Pagefind's UI script is imported the first time it is needed — when the
 * pointer reaches the button, the button gets focus, or the dialog opens — so pages load without it.
 */
class SiteSearch extends HTMLElement {
  #ui: Promise<void> | undefined;

  constructor() {
    super();
    const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const frame = this.querySelector('.dialog-frame')!;

    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (isLink || (document.body.contains(event.target as Node) && !frame.contains(event.target as Node))) close();
    };
    const open = (event?: Event) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      event?.stopPropagation();
      window.addEventListener('click', onClick);
      this.#loadUi().then(
        () => {
          if (dialog.open) this.querySelector('input')?.focus();
        },
        () => undefined,
      );
    };
    const close = () => dialog.close();

    openButton.addEventListener('click', open);
    for (const warm of ['pointerenter', 'focus']) openButton.addEventListener(warm, () => this.#loadUi().catch(() => undefined), { once: true });
    openButton.disabled = false;
    closeButton.addEventListener('click', close);
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
        if (dialog.open) close();
        else open();
        event.preventDefault();
      } else if (event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !dialog.open && !typingInto(event.target)) {
        open();
        event.preventDefault();
      }
    });
  }

  /** Import Pagefind's UI and mount it in the dialog, once. */
  #loadUi(): Promise<void> {
    if (import.meta.env.DEV) return Promise.resolve();
    this.#ui ??= (async () => {
      let translations: Record<string, string> = {};
      try {
        translations = JSON.parse(this.dataset.translations || '{}') as Record<string, string>;
      } catch {}
      // @ts-expect-error — @pagefind/default-ui has no type declarations.
      const { PagefindUI } = (await import('@pagefind/default-ui')) as { PagefindUI: new (options: PagefindUIOptions) => unknown };
      const base = import.meta.env.BASE_URL;
      new PagefindUI({
        element: '#starlight__search',
        baseUrl: base,
        bundlePath: `${base.replace(/\/$/, '')}/pagefind/`,
        showImages: false,
        showSubResults: true,
        translations,
      });
    })().catch((error: unknown) => {
      // Let the next attempt try again (the script may have failed to load while offline).
      this.#ui = undefined;
      throw error;
    });
    return this.#ui;
  }
}

customElements.define('site-search', SiteSearch);
