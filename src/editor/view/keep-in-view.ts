/** What the person does that takes over the scrolling from the page. */
const takeovers = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** How long a landing keeps its part in view while the page is still laying out, in milliseconds. */
const settleTime = 4000;

/** Whether an element is wholly inside the window. */
function whollyShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
}

/**
 * Bring a part of the page into view — centred when it fits, its focused control on the screen in
 * any case — and keep it there while the page settles: content laid out after the landing (sections
 * drawn only once near the screen, fonts, a draft's rows) can grow what is above it, and the browser's
 * scroll anchoring does not always make up for it. Keeping stops as soon as the person scrolls, types
 * or clicks, when focus leaves the control, or after a few seconds.
 *
 * @param part The part (a field's group, a section heading, the title).
 * @param focused The control inside it that has focus (the part itself when it has none).
 */
export function keepInView(part: HTMLElement, focused: HTMLElement): void {
  const bring = () => {
    part.scrollIntoView({ block: 'center' });
    if (focused !== part) focused.scrollIntoView({ block: 'nearest' });
  };
  bring();
  const resizes = new ResizeObserver(() => {
    if (document.activeElement !== focused) stop();
    else if (!whollyShown(focused)) bring();
  });
  const timer = setTimeout(stop, settleTime);
  function stop() {
    resizes.disconnect();
    clearTimeout(timer);
    for (const type of takeovers) window.removeEventListener(type, stop, true);
  }
  for (const type of takeovers) window.addEventListener(type, stop, { capture: true, passive: true });
  resizes.observe(document.body);
}
