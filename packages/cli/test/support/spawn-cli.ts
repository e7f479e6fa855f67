import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The `specmark` executable. */
export const bin = fileURLToPath(new URL('../../bin/specmark.js', import.meta.url));

/** What a run of the executable printed, and how it ended. */
export interface SpawnedRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the real `specmark` executable in a child process, as a user runs it (no colour), for
 * behaviour that depends on the process: signals, pipes, exit codes, permissions.
 *
 * @param cwd The working directory.
 * @param args The arguments.
 * @param options More spawn options (`uid`, `timeout`, `input`) (default: `{}`).
 * @returns Exit status, signal and output.
 */
export function spawnCli(cwd: string, args: readonly string[], options: SpawnSyncOptions = {}): SpawnedRun {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000, ...options });
  return { status: result.status, signal: result.signal, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/**
 * Run the real `specmark` executable where file permissions apply to it, for tests of files it may
 * not read or write. As root, it runs through `setpriv` (util-linux) without the capabilities that
 * bypass file permissions: it stays uid 0, so it reaches the checkout wherever that is (even below
 * a folder only root may enter), but a file's mode binds it as its owner. Otherwise it runs as is.
 *
 * @param cwd The working directory.
 * @param args The arguments.
 * @returns Exit status, signal and output.
 */
export function spawnCliUnprivileged(cwd: string, args: readonly string[]): SpawnedRun {
  if (process.getuid?.() !== 0) return spawnCli(cwd, args);
  const drop = ['--inh-caps=-all', '--bounding-set=-dac_override,-dac_read_search,-fowner', '--'];
  const result = spawnSync('setpriv', [...drop, process.execPath, bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  if (result.error) throw result.error;
  return { status: result.status, signal: result.signal, stdout: String(result.stdout), stderr: String(result.stderr) };
}
