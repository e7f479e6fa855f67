import { spawn } from 'node:child_process';

/** What a finished command did. */
export interface CommandResult {
  /** The exit code (`null` when a signal ended it). */
  code: number | null;
  /** Everything it wrote to stdout. */
  stdout: string;
  /** Everything it wrote to stderr. */
  stderr: string;
}

/** Options of {@link runCommand}. */
export interface RunCommandOptions {
  /** Working folder (default: the current one). */
  cwd?: string;
  /** Environment (default: `process.env`, so the `PATH` npm set up, with the project's Node first). */
  env?: NodeJS.ProcessEnv;
  /** Text written to stdin, which is then closed (default: nothing, closed at once). */
  input?: string;
}

/**
 * Run a program without a shell and collect its output. Never rejects because of the exit code:
 * callers judge the code themselves.
 *
 * @param command The program, looked up on `PATH`.
 * @param args Its arguments.
 * @param options Working folder, environment, stdin (default: `{}`).
 * @returns The exit code and both outputs.
 */
export function runCommand(command: string, args: readonly string[], options: RunCommandOptions = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/**
 * The output of a command, for a failure message: both streams, trimmed, without npm's notices
 * about the user's own configuration.
 *
 * @param result A finished command.
 * @returns The text.
 */
export function commandOutput(result: CommandResult): string {
  return (result.stdout + '\n' + result.stderr)
    .split('\n')
    .filter((line) => !/^npm warn Unknown (user|project|env) config/.test(line))
    .join('\n')
    .trim();
}
