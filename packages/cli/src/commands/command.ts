import type { CliIo } from '../cli-io.ts';
import type { FlagSpec, ParsedFlags } from '../parse-flags.ts';

/** A `specmark` command. */
export interface Command {
  /** Its name (`check`). */
  name: string;
  /** Its arguments, for `--help` (`[paths or globs…]`). */
  usage: string;
  /** What it does, in one line. */
  summary: string;
  /** More help text, shown after the flags (default: none). */
  details?: string;
  /** The flags it accepts besides `--help`. */
  flags: FlagSpec[];
  /**
   * Run it.
   *
   * @param parsed The parsed arguments.
   * @param io Where to read and write.
   * @returns The exit code.
   */
  run: (parsed: ParsedFlags, io: CliIo) => Promise<number>;
}
