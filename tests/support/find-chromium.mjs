// @ts-check
import { existsSync } from 'node:fs';

/**
 * Find a Chromium or Chrome executable: `CHROME_PATH`, then the usual install paths.
 *
 * @returns {string | undefined} The executable's path, or `undefined` when there is none.
 */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  return candidates.find((path) => path !== undefined && path !== '' && existsSync(path));
}

/**
 * Flags that keep Chromium quiet and offline on CI machines without a sandbox (no GPU, no QUIC,
 * nothing fetched in the background); `--headless` is left to the caller.
 */
export const offlineChromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
