/** How long a copy status stays on screen, in milliseconds. */
const statusTimeout = 4000;

/**
 * Show and wire every `.copy-button` under `root`: a click copies the text of the element named
 * by its `data-copy-from` and says so in the status next to it.
 *
 * @param root Where to look for buttons (usually `document`).
 */
export function enableCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.copy-button[data-copy-from]')) {
    if (button.dataset.ready === 'true') continue;
    button.dataset.ready = 'true';
    button.hidden = false;
    const status = button.parentElement?.querySelector<HTMLElement>('.copy-status');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const say = (text: string): void => {
      if (!status) return;
      status.textContent = text;
      clearTimeout(timer);
      timer = setTimeout(() => (status.textContent = ''), statusTimeout);
    };
    button.addEventListener('click', () => {
      const source = document.getElementById(button.dataset.copyFrom ?? '');
      const text = source?.textContent ?? '';
      navigator.clipboard.writeText(text).then(
        () => say('Copied to the clipboard.'),
        () => say('Copying is blocked here: select the text and copy it by hand.'),
      );
    });
  }
}
