import { PassThrough } from 'node:stream';
import { run } from 'specmark';

/** What a run of the command line printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run `specmark` in-process in a folder, capturing its output (not a terminal: no colour, no progress).
 *
 * @param cwd The working directory.
 * @param argv The arguments.
 * @param now The date used for `created` (default: 2026-11-24).
 * @returns Exit code and output.
 */
export async function runCli(cwd: string, argv: string[], now = new Date('2026-11-24T10:00:00Z')): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: new PassThrough(),
    env: {},
    now: () => now,
  });
  return { code, stdout, stderr };
}
