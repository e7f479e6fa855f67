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
    'Files that cannot be parsed, that are not specs, or whose frontmatter names an unknown template, are left alone; so are',
    'files that are not UTF-8 (the first invalid byte is named), cannot be read or written, or are not',
    'regular files, and the others are fixed. A file is replaced atomically (a new file beside it, renamed',
    'over it, same permissions), and only if it is byte for byte as it was read: one that changed meanwhile',
    'is left alone. On a terminal, --dry-run shows file text with secrets redacted and control characters',
    'escaped; piped, the diff is exact, so that `patch` or `git apply` can apply it.',
    'Exit code: 0 when every file could be read and written, 1 when a file was left alone.',
  ].join('\n'),
  flags: [
    { name: 'dry-run', description: 'Print a unified diff of the fixes instead of writing them' },
    configFlag,
  ],
  async run({ flags, positionals }, io: CliIo) {
    // Loaded here, not at start-up, so that `--help` and usage errors stay instant.
    const [{ createTwoFilesPatch }, { shownText }, { loadConfig }, { loadTemplates, templateList }, { findFiles }, { FileError, fileProblemClause }, { readFoundFile }, { replaceIfUnchanged }, { mayBeSpec }, { fixMessage }, { fixWithTemplates }, { skipReasonText }] =
      await Promise.all([
        import('diff'),
        import('@specmark/schema/text'),
        import('../config/load-config.ts'),
        import('../config/load-templates.ts'),
        import('../files/find-files.ts'),
        import('../files/file-problem.ts'),
        import('../files/read-found-file.ts'),
        import('../files/replace-if-unchanged.ts'),
        import('@specmark/template'),
        import('../fix/fix-message.ts'),
        import('../fix/fix-with-templates.ts'),
        import('../fix/skip-reason-text.ts'),
      ]);
    const loaded = await loadConfig(io.cwd, flags.config as string | undefined);
    const set = await loadTemplates(loaded);
    const templates = templateList(set);
    const files = await findFiles({ cwd: io.cwd, patterns: positionals, ignore: loaded.config.ignore ?? [], ignoreRoot: loaded.root });
    const dryRun = flags['dry-run'] === true;
    let failed = 0;
    let changed = 0;
    const leftAlone = (name: string, why: string): void => {
      failed++;
      io.stderr.write(`${shownText(name)}: left alone, ${why}\n`);
    };
    for (const file of files) {
      const name = relative(io.cwd, file.path) || file.path;
      const { snapshot, text: original, sniffed, problem } = await readFoundFile(file);
      if (!snapshot) {
        leftAlone(name, fileProblemClause(problem!));
        continue;
      }
      // The quick look skips most other Markdown; `fixSpec` decides about the rest.
      if (!file.explicit && !mayBeSpec(sniffed!, templates)) continue;
      if (original === undefined) {
        // Never fixed: decoding would replace the bytes that are not UTF-8 with U+FFFD.
        leftAlone(name, fileProblemClause(problem!));
        continue;
      }
      const result = fixWithTemplates(original, set);
      if (result.status === 'skipped' && result.reason === 'not-a-spec' && !file.explicit) continue;
      if (result.status === 'skipped') {
        leftAlone(name, skipReasonText(result));
        continue;
      }
      if (result.fixes.length === 0) continue;
      if (dryRun) {
        changed++;
        const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, original, result.output);
        // A terminal gets every line shown safely; a pipe gets the exact diff, for `patch`.
        io.stdout.write(io.stdout.isTTY ? patch.split('\n').map((line) => shownText(line)).join('\n') : patch);
        continue;
      }
      try {
        await replaceIfUnchanged(snapshot, result.output);
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        leftAlone(name, fileProblemClause(error.problem));
        continue;
      }
      changed++;
      io.stdout.write(`${shownText(name)}: ${result.fixes.map((fix) => shownText(fixMessage(fix))).join(', ')}\n`);
    }
    if (!dryRun || changed === 0) io.stderr.write(changed === 0 ? 'Nothing to fix.\n' : `Fixed ${changed} ${changed === 1 ? 'file' : 'files'}.\n`);
    return failed > 0 ? 1 : 0;
  },
};
