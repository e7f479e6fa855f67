import { readFileSync } from 'node:fs';

/**
 * The command line's version, from its `package.json` (read from `src/` and `dist/` alike).
 *
 * @returns The version (`0.1.0`).
 */
export function cliVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
