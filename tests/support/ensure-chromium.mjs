// Find a Chromium for the browser tests, installing Debian's package where that is possible.
// Prints the executable path on success; on failure prints one sentence and exits 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

/** @returns {string | undefined} The first browser that exists. */
function findChromium() {
  return candidates.find((path) => existsSync(path));
}

let found = findChromium();
const canApt = process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
if (!found && canApt) {
  console.error('Installing Debian Chromium for the browser tests (apt-get install chromium)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  found = findChromium();
}
if (!found) {
  console.error('No Chromium found for the browser tests: install Chromium or Chrome, or set CHROME_PATH to its executable.');
  process.exit(1);
}
console.log(found);
