import type { Browser, Page, Request } from 'playwright-core';

/** What the editor's page loads before and at the first keystroke. */
export interface FirstKeystroke {
  /** Transferred bytes of the page's script files once it is idle, before any key (workers' files apart). */
  before: number;
  /** The same once the first key typed into a field shows in the preview (the renderer loaded). */
  after: number;
  /** Script files loaded by the first keystroke: path and transferred bytes, largest first. */
  added: { path: string; bytes: number }[];
  /** Worker script files fetched before the first key (the page should start none for a blank draft). */
  workersBefore: string[];
}

/** Record the script files a page fetches, with their transferred sizes, keeping the worker's files apart. */
function recordScripts(page: Page, workerFiles: ReadonlySet<string>): { sizes: () => Promise<Map<string, number>>; workers: Set<string> } {
  const scripts: Request[] = [];
  const workers = new Set<string>();
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (workerFiles.has(path)) workers.add(path);
    else if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url())) scripts.push(request);
  });
  page.on('worker', (worker) => workers.add(new URL(worker.url()).pathname));
  return {
    workers,
    sizes: async () => new Map(await Promise.all(scripts.map(async (request) => [new URL(request.url()).pathname, (await request.sizes()).responseBodySize] as const))),
  };
}

/** Wait until the network has been quiet for 500 ms, then a second more, then quiet again. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
}

/**
 * Load the editor's page with no saved draft, let it go idle, then type one character into its
 * first prose field and wait until the preview shows it: what the page fetched before the key
 * (the budget "before the first keystroke") and what the key made it fetch (the renderer).
 *
 * @param browser The browser.
 * @param url The editor's address.
 * @param field Element id of the field typed into (`sm-field-problem`).
 * @param workerFiles Paths of the spec worker's files, counted apart.
 * @returns The bytes before and after, and the files the key loaded.
 */
export async function measureFirstKeystroke(browser: Browser, url: string, field: string, workerFiles: ReadonlySet<string>): Promise<FirstKeystroke> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const recorded = recordScripts(page, workerFiles);
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  const before = await recorded.sizes();
  const workersBefore = [...recorded.workers];
  await page.locator('.sm-answers:not([disabled])').waitFor();
  await page.focus(`#${field}`);
  await page.keyboard.type('Q');
  await page.waitForFunction(() => [...document.querySelectorAll('#sm-panel-rendered p')].some((paragraph) => paragraph.textContent === 'Q'));
  await settle(page);
  const after = await recorded.sizes();
  await context.close();
  const sum = (sizes: Map<string, number>) => [...sizes.values()].reduce((total, bytes) => total + bytes, 0);
  const added = [...after].filter(([path]) => !before.has(path)).map(([path, bytes]) => ({ path, bytes })).sort((a, b) => b.bytes - a.bytes);
  return { before: sum(before), after: sum(after), added, workersBefore };
}

/** How quickly a share link lands on its draft, in milliseconds from the start of navigation. */
export interface ShareLanding {
  /** Until a field of the form has focus (the draft is loaded in the form). */
  focused: number;
  /** Until the preview shows the shared draft's title. */
  previewed: number;
  /** Until the lint results are about the shared draft. */
  checked: number;
}

/**
 * Open a share link in a fresh browser context and time how long it takes to land on the draft:
 * focus on the first part still to answer, the preview of the draft, its lint results. Times are
 * taken in the page (`performance.now()`, from the start of navigation) by a `focusin` listener and
 * a `MutationObserver` installed before the page's scripts run.
 *
 * @param browser The browser.
 * @param link The share link.
 * @param title The shared draft's title, which the preview shows once it is rendered.
 * @returns The times.
 */
export async function measureShareLanding(browser: Browser, link: string, title: string): Promise<ShareLanding> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript((expected) => {
    const times: Record<string, number> = {};
    (window as unknown as { landing: Record<string, number> }).landing = times;
    document.addEventListener('focusin', (event) => void ((event.target as Element).matches('input, textarea, select') && (times.focused ??= performance.now())), true);
    new MutationObserver(() => {
      if (times.previewed === undefined && document.querySelector('#sm-panel-rendered h1')?.textContent === expected) times.previewed = performance.now();
      if (times.previewed !== undefined && times.checked === undefined && document.querySelector('.sm-lint[aria-busy="false"]')) times.checked = performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
  }, title);
  await page.goto(link);
  const landing = await page
    .waitForFunction(() => {
      const times = (window as unknown as { landing: Record<string, number> }).landing;
      return times.focused !== undefined && times.previewed !== undefined && times.checked !== undefined && times;
    }, undefined, { timeout: 30_000 })
    .then(async (handle) => (await handle.jsonValue()) as unknown as ShareLanding);
  await context.close();
  return landing;
}
