import type { Command } from './commands/command.ts';
import type { FlagSpec } from './parse-flags.ts';

/** Flags every command accepts. */
export const helpFlag: FlagSpec = { name: 'help', short: 'h', description: 'Show this help' };

/** Flags of `specmark` itself. */
export const topFlags: FlagSpec[] = [helpFlag, { name: 'version', short: 'v', description: 'Show the version' }];

/** The flag column of a flag list. */
function flagLines(flags: readonly FlagSpec[]): string[] {
  const left = flags.map((flag) => `${flag.short ? `-${flag.short}, ` : '    '}--${flag.name}${flag.value ? ' ' + flag.value : ''}`);
  const width = Math.max(...left.map((text) => text.length));
  return flags.map((flag, index) => `  ${left[index]!.padEnd(width)}  ${flag.description}`);
}

/**
 * The help of `specmark`: usage, the commands and the top-level flags.
 *
 * @param commands The commands.
 * @param version The version, shown in the first line.
 * @returns The text, ending with a line break.
 */
export function topHelp(commands: readonly Command[], version: string): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `specmark ${version} — check, start and fix spec files written from a Specmark template`,
    '',
    'Usage: specmark <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    ...flagLines(topFlags),
    '',
    'Run `specmark <command> --help` for the options of a command. Docs: https://specmark.dev',
    '',
  ].join('\n');
}

/**
 * The help of one command: usage, what it does, its flags.
 *
 * @param command The command.
 * @returns The text, ending with a line break.
 */
export function commandHelp(command: Command): string {
  return [
    `Usage: specmark ${command.name} ${command.usage} [options]`,
    '',
    command.summary + '.',
    ...(command.details ? ['', command.details] : []),
    '',
    'Options:',
    ...flagLines([...command.flags, helpFlag]),
    '',
  ].join('\n');
}
