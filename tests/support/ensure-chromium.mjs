// @ts-check
// Make sure the browser tests have a Chromium: find one, or install Debian's package where that is
// possible (root on a system with apt). Otherwise say in one sentence what to install, and exit 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

let found = findChromium();
const canApt = process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
if (!found && canApt) {
  console.error('Installing Debian Chromium for the browser tests (apt-get install chromium)…');
  /** @type {import('node:child_process').ExecFileSyncOptions} */
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['update', '-qq'], quiet);
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], quiet);
  found = findChromium();
}
if (!found) {
  console.error('No Chromium found for the browser tests: install Chromium or Chrome, or set CHROME_PATH to its executable.');
  process.exit(1);
}
