import { shownText } from '@specmark/schema/text';
import { processIo, type CliIo } from './cli-io.ts';
import { CliError, cliProblemMessage } from './cli-problem.ts';
import { checkCommand } from './commands/check-command.ts';
import type { Command } from './commands/command.ts';
import { fixCommand } from './commands/fix-command.ts';
import { mcpCommand } from './commands/mcp-command.ts';
import { newCommand } from './commands/new-command.ts';
import { errorLine } from './error-line.ts';
import { commandHelp, helpFlag, topFlags, topHelp } from './help-text.ts';
import { parseFlags } from './parse-flags.ts';
import { cliVersion } from './version.ts';

/** The commands, in the order `--help` lists them. */
export const commands: readonly Command[] = [checkCommand, newCommand, fixCommand, mcpCommand];

/**
 * Run `specmark` with arguments. Problems a user can cause (unknown command or flag, bad glob,
 * invalid configuration, existing file) print one sentence on stderr and return `2`; nothing
 * prints a stack trace.
 *
 * @param argv The arguments after `specmark` (`['check', '--reporter', 'json']`).
 * @param io Where to read and write (default: the running process).
 * @returns The exit code: `0` success, `1` problems found (or a file left alone), `2` usage or internal error.
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const full = processIo(io);
  try {
    const [first, ...rest] = argv;
    const command = commands.find((candidate) => candidate.name === first);
    if (!command) {
      if (first !== undefined && !first.startsWith('-')) {
        throw new CliError({ code: 'command-unknown', params: { actual: first, commands: commands.map((each) => each.name) } });
      }
      const { flags, positionals } = parseFlags(argv, topFlags, '');
      if (positionals[0] !== undefined) throw new CliError({ code: 'command-unknown', params: { actual: positionals[0], commands: commands.map((each) => each.name) } });
      if (flags.version) full.stdout.write(cliVersion() + '\n');
      else if (flags.help) full.stdout.write(topHelp(commands, cliVersion()));
      else {
        full.stderr.write(topHelp(commands, cliVersion()));
        return 2;
      }
      return 0;
    }
    const parsed = parseFlags(rest, [...command.flags, helpFlag], command.name);
    if (parsed.flags.help) {
      full.stdout.write(commandHelp(command));
      return 0;
    }
    return await command.run(parsed, full);
  } catch (error) {
    if (error instanceof CliError) {
      full.stderr.write(`specmark: ${error.message}.\n`);
      return 2;
    }
    const reason = errorLine(error);
    // Even the stack, shown on request, is shown line by line through `shownText`.
    const stack = error instanceof Error ? String(error.stack).split('\n').map((line) => shownText(line)).join('\n') : '';
    full.stderr.write(`specmark: ${cliProblemMessage({ code: 'internal', params: { reason } })}.${full.env.SPECMARK_DEBUG ? '\n' + stack : ' Set SPECMARK_DEBUG=1 for details.'}\n`);
    return 2;
  }
}
