import type { Browser, Page } from 'playwright-core';

/** Keystroke-to-preview times of one typing run, in milliseconds. */
export interface KeystrokeRun {
  /** From the `keydown` event to the preview's DOM showing the text typed so far. */
  toDom: number[];
  /**
   * From the `keydown` event to the end of the frame that shows the change: the next animation
   * frame, then its style, layout and paint (taken when a task queued from that frame runs).
   */
  toPainted: number[];
  /**
   * Timed keystrokes whose preview changed before the frame that paints the typed character
   * began: the preview is painted in the same frame as the character, never a frame behind it.
   */
  sameFrame: number;
  /** Keystrokes typed. */
  typed: number;
  /** Keystrokes whose preview never showed the text within 5 s. */
  missed: number;
}

/** What is typed: ordinary prose, cut to the requested length. */
const prose = 'Retries back off exponentially from one second up to a minute and give up after six attempts, then the job is parked for a person to look at. ';

/** A word typed (and waited for) before timing starts, so the typed text is unique in the spec. */
const anchor = 'Latencyprobe';

/**
 * Type into a prose field of a filled spec and time each keystroke until the preview shows it.
 * The spec is imported first (pasted Markdown, through the form's import panel), so every field is
 * filled and the preview renders the whole spec. Each keystroke is one `keydown`/`keyup` pair sent
 * by the browser's input pipeline; the next is sent 100 ms after the previous one showed (about
 * 120 words a minute). In the page, a `MutationObserver` on the rendered preview compares its text
 * with what was typed so far; the time is taken from the `keydown` event's own time stamp. A
 * second time runs to the end of the frame that paints the change, and each keystroke is counted
 * when its preview changed before the frame that paints the typed character (see {@link KeystrokeRun}).
 * Spaces are typed but not timed: a trailing space does not change a rendered paragraph, so there
 * is nothing to wait for.
 *
 * @param browser The browser.
 * @param formUrl The address of the page with the form.
 * @param spec The Markdown of a complete spec (`''`: type into the blank form).
 * @param count How many characters to type (default: `200`).
 * @returns The times of the run.
 */
export async function measureKeystrokes(browser: Browser, formUrl: string, spec: string, count = 200): Promise<KeystrokeRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(formUrl);
  await page.locator('.sm-form').scrollIntoViewIfNeeded();
  await page.locator('.sm-answers:not([disabled])').waitFor();
  if (spec !== '') {
    await page.getByText('Import an existing spec').click();
    await page.fill('#sm-import-paste', spec);
    await page.getByRole('button', { name: 'Import pasted Markdown' }).click();
    await page.waitForFunction(() => ((document.querySelector('#sm-field-problem') as HTMLTextAreaElement | null)?.value ?? '') !== '');
  }
  const field = page.locator('#sm-field-problem');
  await field.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` ${anchor}`);
  await page.waitForFunction((text) => document.querySelector('#sm-panel-rendered')?.textContent?.includes(text), anchor);
  await installProbe(page);

  const run: KeystrokeRun = { toDom: [], toPainted: [], sameFrame: 0, typed: 0, missed: 0 };
  const text = prose.repeat(Math.ceil(count / prose.length)).slice(0, count);
  for (let index = 0; index < text.length; index += 1) {
    const key = text[index] as string;
    const timed = key !== ' ';
    await page.evaluate((expected) => ((window as unknown as ProbeWindow).probe.expect(expected)), timed ? anchor + text.slice(0, index + 1) : null);
    await page.keyboard.press(key);
    run.typed += 1;
    if (timed) {
      const sample = await page
        .waitForFunction(() => (window as unknown as ProbeWindow).probe.last, undefined, { timeout: 5000, polling: 'raf' })
        .then((handle) => handle.jsonValue() as Promise<ProbeSample>)
        .catch(() => undefined);
      if (sample) {
        run.toDom.push(sample.toDom);
        run.toPainted.push(sample.toPainted);
        if (sample.sameFrame) run.sameFrame += 1;
      } else run.missed += 1;
    }
    await page.waitForTimeout(100);
  }
  await context.close();
  return run;
}

/** What the in-page probe measured for one keystroke. */
interface ProbeSample {
  toDom: number;
  toPainted: number;
  sameFrame: boolean;
}

/** The in-page probe. */
interface ProbeWindow {
  probe: { expect: (text: string | null) => void; last: ProbeSample | undefined };
}

/** Install the in-page probe: keydown time stamps and a `MutationObserver` on the preview. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const panel = document.querySelector('#sm-panel-rendered') as HTMLElement;
    let expected: string | null = null;
    let keydown = 0;
    let done = false;
    // Whether the frame after the keystroke's `input` event (the one that paints the typed character) has begun.
    let inputFrameBegun = false;
    const probe: ProbeWindow['probe'] = {
      expect(text) {
        expected = text;
        done = false;
        probe.last = undefined;
      },
      last: undefined,
    };
    (window as unknown as ProbeWindow).probe = probe;
    window.addEventListener('keydown', (event) => (keydown = event.timeStamp), { capture: true });
    window.addEventListener(
      'input',
      () => {
        inputFrameBegun = false;
        requestAnimationFrame(() => (inputFrameBegun = true));
      },
      { capture: true },
    );
    new MutationObserver(() => {
      if (done || expected === null || !(panel.textContent ?? '').includes(expected)) return;
      done = true;
      const toDom = performance.now() - keydown;
      const sameFrame = !inputFrameBegun;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (probe.last = { toDom, toPainted: performance.now() - keydown, sameFrame });
        channel.port2.postMessage(null);
      });
    }).observe(panel, { childList: true, subtree: true, characterData: true });
  });
}
