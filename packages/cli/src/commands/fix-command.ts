import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { CliIo } from '../cli-io.ts';
import type { Command } from './command.ts';
import { configFlag } from './config-flag.ts';

/** `specmark fix [paths…] [--dry-run]`. */
export const fixCommand: Command = {
  name: 'fix',
  usage: '[paths or globs…]',
  summary: 'Apply the safe fixes the lint rules offer: restore deleted guardrails and questions, add missing sections and fields, fix heading levels, raise templateVersion',
  details: [
    'Edits are surgical: every byte outside the fixed places stays as it was (line endings, spacing, MDX).',
    'Files that cannot be parsed, or whose frontmatter names no known template, are left alone.',
    'Exit code: 0 when every file could be read, 1 when a named file was left alone.',
  ].join('\n'),
  flags: [
    { name: 'dry-run', description: 'Print a unified diff of the fixes instead of writing them' },
    configFlag,
  ],
  async run({ flags, positionals }, io: CliIo) {
    // Loaded here, not at start-up, so that `--help` and usage errors stay instant.
    const [{ createTwoFilesPatch }, { loadConfig }, { loadTemplates }, { findFiles }, { sniffTemplate }, { fixMessage }, { fixWithTemplates }, { skipReasonText }] = await Promise.all([
      import('diff'),
      import('../config/load-config.ts'),
      import('../config/load-templates.ts'),
      import('../files/find-files.ts'),
      import('../files/sniff-template.ts'),
      import('../fix/fix-message.ts'),
      import('../fix/fix-with-templates.ts'),
      import('../fix/skip-reason-text.ts'),
    ]);
    const loaded = await loadConfig(io.cwd, flags.config as string | undefined);
    const set = await loadTemplates(loaded);
    const files = await findFiles({ cwd: io.cwd, patterns: positionals, ignore: loaded.config.ignore ?? [], ignoreRoot: loaded.root });
    const dryRun = flags['dry-run'] === true;
    let failed = 0;
    let changed = 0;
    for (const file of files) {
      const name = relative(io.cwd, file.path) || file.path;
      const original = await readFile(file.path, 'utf8');
      const named = sniffTemplate(original);
      if (!file.explicit && (named === undefined || !set.byId.has(named))) continue;
      const result = fixWithTemplates(original, set);
      if (result.status === 'skipped') {
        failed++;
        io.stderr.write(`${name}: left alone, ${skipReasonText(result)}\n`);
        continue;
      }
      if (result.fixes.length === 0) continue;
      changed++;
      if (dryRun) io.stdout.write(createTwoFilesPatch(`a/${name}`, `b/${name}`, original, result.output));
      else {
        await writeFile(file.path, result.output);
        io.stdout.write(`${name}: ${result.fixes.map(fixMessage).join(', ')}\n`);
      }
    }
    if (!dryRun || changed === 0) io.stderr.write(changed === 0 ? 'Nothing to fix.\n' : `Fixed ${changed} ${changed === 1 ? 'file' : 'files'}.\n`);
    return failed > 0 ? 1 : 0;
  },
};
