import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

/** Flags that keep headless Chromium quiet and offline on CI machines without a sandbox. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Start the machine's Chromium for a browser test, with a fresh profile.
 *
 * @returns The browser; close it when the test file is done.
 * @throws {Error} When no Chromium is installed (run `npm test`, which installs or names one).
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Chromium or Chrome, or set CHROME_PATH.');
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}
