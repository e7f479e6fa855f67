/** A stream the command line writes to. */
export interface CliOutput {
  /** Write text as is. */
  write(text: string): unknown;
  /** Whether the stream is a terminal (colour and progress are shown only then) (default: `false`). */
  isTTY?: boolean;
  /** Terminal width, when it is a terminal. */
  columns?: number;
}

/** What the command line reads from and writes to; tests pass their own. */
export interface CliIo {
  /** Folder paths are resolved from (default: `process.cwd()`). */
  cwd: string;
  /** Standard output (default: `process.stdout`). */
  stdout: CliOutput;
  /** Standard error (default: `process.stderr`). */
  stderr: CliOutput;
  /** Standard input, for interactive prompts (default: `process.stdin`). */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`, `CI`) (default: `process.env`). */
  env: Readonly<Record<string, string | undefined>>;
  /** The current time, for `created` dates (default: `new Date()`). */
  now: () => Date;
}

/**
 * Fill in the defaults of {@link CliIo} from the running process.
 *
 * @param io Parts to override (default: `{}`).
 * @returns A complete `CliIo`.
 */
export function processIo(io: Partial<CliIo> = {}): CliIo {
  return {
    cwd: io.cwd ?? process.cwd(),
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    stdin: io.stdin ?? process.stdin,
    env: io.env ?? process.env,
    now: io.now ?? (() => new Date()),
  };
}
