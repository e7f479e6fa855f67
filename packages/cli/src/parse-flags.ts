import { CliError } from './cli-problem.ts';

/** A flag a command accepts. */
export interface FlagSpec {
  /** Long name, without `--` (`dry-run`). */
  name: string;
  /** One-letter alias, without `-` (default: none). */
  short?: string;
  /** Placeholder of the value, for flags that take one (`<file>`); boolean flags have none. */
  value?: string;
  /** What the flag does, for `--help`. */
  description: string;
  /** Whether the flag may be given more than once; its value is then the list of values, in order (default: `false`). */
  repeatable?: boolean;
}

/** Parsed command line arguments. */
export interface ParsedFlags {
  /** Flag values by long name: the value, `true` for a boolean flag, or the list of values of a repeatable flag. */
  flags: Record<string, string | true | string[]>;
  /** Arguments that are not flags, in order. */
  positionals: string[];
}

/**
 * Parse arguments against the flags a command accepts. Accepts `--name value`, `--name=value`,
 * `-x value`, and `--` to end flags.
 *
 * @param args The arguments after the command name.
 * @param specs The accepted flags.
 * @param command The command's name, for messages (`''` for the top level).
 * @returns The flags and positionals.
 * @throws {CliError} On an unknown flag, or a missing or unexpected value.
 */
export function parseFlags(args: readonly string[], specs: readonly FlagSpec[], command: string): ParsedFlags {
  const parsed: ParsedFlags = { flags: {}, positionals: [] };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      parsed.positionals.push(...args.slice(index + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      parsed.positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const equals = arg.indexOf('=');
    const name = long ? arg.slice(2, equals === -1 ? undefined : equals) : arg.slice(1, equals === -1 ? undefined : equals);
    const spec = specs.find((candidate) => (long ? candidate.name === name : candidate.short === name));
    if (!spec) {
      throw new CliError({
        code: 'flag-unknown',
        params: { actual: equals === -1 ? arg : arg.slice(0, equals), command, flags: specs.map((candidate) => '--' + candidate.name) },
      });
    }
    const written = long ? `--${spec.name}` : `-${spec.short}`;
    if (spec.value === undefined) {
      if (equals !== -1) throw new CliError({ code: 'flag-value-unexpected', params: { flag: written } });
      parsed.flags[spec.name] = true;
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else {
      const next = args[index + 1];
      if (next !== undefined && (next === '-' || !next.startsWith('-'))) {
        value = next;
        index++;
      }
    }
    if (value === undefined || value === '') throw new CliError({ code: 'flag-value-missing', params: { flag: written, value: spec.value } });
    if (spec.repeatable) {
      const earlier = parsed.flags[spec.name];
      parsed.flags[spec.name] = Array.isArray(earlier) ? [...earlier, value] : [value];
    } else parsed.flags[spec.name] = value;
  }
  return parsed;
}
