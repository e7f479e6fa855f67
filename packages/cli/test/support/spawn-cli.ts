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
