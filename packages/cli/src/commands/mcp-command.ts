import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Writable, type Readable } from 'node:stream';
import { Console } from 'node:console';
import { shownText } from '@specmark/schema/text';
import type { CliIo } from '../cli-io.ts';
import { CliError } from '../cli-problem.ts';
import type { Command } from './command.ts';
import { configFlag } from './config-flag.ts';

/** `specmark mcp [--root <folder>]`. */
export const mcpCommand: Command = {
  name: 'mcp',
  usage: '[--root <folder>]',
  summary: 'Serve the Specmark tools to coding agents over the Model Context Protocol (stdio)',
  details: [
    'Tools: `check_spec`, `fix_spec`, `new_spec`, `get_template`, `list_templates`, `explain_rule`.',
    'The configuration is read from the workspace root as `specmark check` reads it. Paths are resolved',
    'inside the root (the current folder, or `--root`): nothing outside it, no symbolic link out of it,',
    'only `.md` and `.mdx` files of at most 2 MB. Files are written only when a call asks (`write: true`),',
    'and a new spec never replaces a file. Start it from an MCP client: stdout carries only JSON-RPC,',
    'logs go to stderr.',
  ].join('\n'),
  flags: [{ name: 'root', value: '<folder>', description: 'Workspace root: paths are resolved inside it (default: the current folder)' }, configFlag],
  async run({ flags, positionals }, io: CliIo) {
    if (positionals.length > 0) throw new CliError({ code: 'argument-unexpected', params: { actual: positionals[0]!, command: 'mcp' } });
    // Loaded here, not at start-up, so that the other commands never load the MCP SDK.
    const [{ serveMcp }, { workspaceLoader }, { loadConfig }, { loadTemplates }] = await Promise.all([
      import('../mcp/serve-mcp.ts'),
      import('../mcp/workspace.ts'),
      import('../config/load-config.ts'),
      import('../config/load-templates.ts'),
    ]);
    const given = (flags.root as string | undefined) ?? '.';
    const root = await realpath(resolve(io.cwd, given)).catch(() => undefined);
    if (root === undefined || !(await stat(root)).isDirectory()) throw new CliError({ code: 'flag-value-invalid', params: { flag: '--root', actual: given, expected: 'an existing folder' } });
    // `--config` is relative to the current folder, as for the other commands; the root is where it is found otherwise.
    const config = flags.config === undefined ? undefined : resolve(io.cwd, flags.config as string);
    // Anything a configuration file or plugin prints must not reach stdout, which carries JSON-RPC.
    if (io.stdout === process.stdout) Object.assign(console, new Console({ stdout: process.stderr, stderr: process.stderr }));
    // A configuration that cannot be used stops the server now, with the same sentence as `specmark check`.
    await loadTemplates(await loadConfig(root, config));
    // Each line shown through `shownText` (paths, errors and stacks may hold anything): redacted, escaped.
    const log = (line: string): void => void io.stderr.write(`specmark mcp: ${line.split('\n').map((part) => shownText(part)).join('\n')}\n`);
    log(`serving ${root} over stdio`);
    if (io.stdin.isTTY) log('this is a Model Context Protocol server; start it from an MCP client (see https://specmark.dev/coding-agents/). Ctrl+C stops it.');
    const stdout = io.stdout === process.stdout ? process.stdout : new Writable({ write: (chunk: Buffer, _encoding, done) => done(void io.stdout.write(chunk.toString('utf8'))) });
    await serveMcp(
      { root, workspace: workspaceLoader(root, config), log, debug: Boolean(io.env.SPECMARK_DEBUG), now: io.now },
      io.stdin as Readable,
      stdout,
    );
    return 0;
  },
};
