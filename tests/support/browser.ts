import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findChromium, offlineChromiumFlags } from './find-chromium.mjs';

/**
 * Start the machine's Chromium for a browser test, with a fresh profile.
 *
 * @returns The browser; close it when the test file is done.
 * @throws {Error} When no Chromium is installed (run `npm test`, which installs or names one).
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Chromium or Chrome, or set CHROME_PATH.');
  return chromium.launch({ executablePath, args: ['--headless', ...offlineChromiumFlags], headless: true });
}

/**
 * Start one browser for the test file that calls this, and close it when the file is done.
 *
 * @returns A getter for the browser, usable from the file's tests.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not started yet: call it from a test or a hook.');
    return browser;
  };
}
