import { resolve } from 'node:path';
import type { CliIo } from '../cli-io.ts';
import { CliError, cliProblemMessage, configRefused } from '../cli-problem.ts';
import { progressLine } from '../progress-line.ts';
import { cliVersion } from '../version.ts';
import type { Command } from './command.ts';
import { suppressionFlags } from '../suppress/suppression-flags.ts';
import { configFlag } from './config-flag.ts';

/** `specmark check [paths or globs…]`. */
export const checkCommand: Command = {
  name: 'check',
  usage: '[paths or globs…]',
  summary: 'Check spec files with the Specmark lint rules',
  details: [
    'Without paths, checks every spec among the .md and .mdx files under the current folder: a file whose',
    'frontmatter names a known template, or whose headings follow one (a spec that lost its frontmatter);',
    'other Markdown, .gitignore\'d files and node_modules are skipped. Files named on their own are',
    'always checked (one that is not a spec gets no message). A file that cannot be checked (unreadable, not a regular file, not UTF-8) gets one',
    'error saying why, at the first invalid byte for a file that is not UTF-8, and the others are checked.',
    'Text from files (messages, names) is printed with secrets redacted and control characters escaped.',
    'Errors counted in specmark-suppressions.json (per file and rule, written by --suppress-all or',
    '--suppress-rule) are not reported while a file has at most that many; all of them are when it has',
    'more. Suppressed errors that no longer occur fail the run until --prune-suppressions removes them.',
    'A renamed file does not keep its suppressions: its errors are reported and the old path is stale.',
    'Exit code: 0 clean, 1 errors (or too many warnings, or stale suppressions), 2 usage or internal error.',
  ].join('\n'),
  flags: [
    { name: 'reporter', short: 'r', value: '<name>', description: 'Output format: stylish, json, github or sarif (default: stylish)' },
    { name: 'max-warnings', value: '<n>', description: 'Exit with 1 when there are more than n warnings (default: no limit)' },
    { name: 'cache', description: 'Only re-check files whose content, configuration or tool version changed' },
    { name: 'cache-location', value: '<path>', description: 'Cache folder or file (default: node_modules/.cache/specmark)' },
    configFlag,
    { name: 'jobs', short: 'j', value: '<n>', description: 'Worker threads, at most one per core (default: one per core when there are many files)' },
    ...suppressionFlags,
    { name: 'color', description: 'Colour the output even when it is not a terminal' },
    { name: 'no-color', description: 'Never colour the output' },
  ],
  async run({ flags, positionals }, io: CliIo) {
    // Loaded here, not at start-up, so that `--help` and usage errors stay instant.
    const [{ checkFiles }, { defaultCacheLocation }, { LinterSetupError }, { loadConfig }, { knownTemplateIds }, { reporters }, suppress, { unusedLines, writtenLine }] = await Promise.all([
      import('../check/check-files.ts'),
      import('../check/lint-cache.ts'),
      import('../check/lint-pool.ts'),
      import('../config/load-config.ts'),
      import('../config/load-templates.ts'),
      import('../report/reporters.ts'),
      import('../suppress/check-suppressions.ts'),
      import('../suppress/suppression-text.ts'),
    ]);
    const reporterName = (flags.reporter as string | undefined) ?? 'stylish';
    const reporter = reporters[reporterName];
    if (!reporter) throw new CliError({ code: 'flag-value-invalid', params: { flag: '--reporter', actual: reporterName, expected: 'one of `stylish`, `json`, `github`, `sarif`' } });
    const maxWarnings = count(flags['max-warnings'], '--max-warnings', 0);
    const jobs = count(flags.jobs, '--jobs', 1);
    const suppression = await suppress.suppressionRequest(flags);
    const loaded = await loadConfig(io.cwd, flags.config as string | undefined);
    const templates = await knownTemplateIds(loaded);
    const cacheLocation = flags['cache-location'] as string | undefined;
    const progress = progressLine(io.stderr, () => io.now().getTime());
    let result;
    try {
      result = await checkFiles({
        cwd: io.cwd,
        patterns: positionals,
        loaded,
        templates,
        ...(flags.cache || cacheLocation ? { cache: cacheLocation === undefined ? defaultCacheLocation(io.cwd) : resolve(io.cwd, cacheLocation) } : {}),
        ...(jobs === undefined ? {} : { jobs }),
        onProgress: progress.update,
      });
    } catch (error) {
      // Only the preset's refusal of the settings is a problem of the configuration.
      if (error instanceof LinterSetupError) throw configRefused(loaded, error);
      throw error;
    } finally {
      progress.clear();
    }
    if (result.cacheError !== undefined) {
      io.stderr.write(`specmark: ${cliProblemMessage({ code: 'cache-write', params: result.cacheError })}.\n`);
    }
    const suppressed = await suppress.checkSuppressions(result.files, suppression, { cwd: io.cwd, root: loaded.root });
    if (suppressed.written !== undefined) io.stderr.write(writtenLine(suppressed.shown!, suppressed.written));
    const failsOnUnused = suppressed.unused.length > 0 && !flags['pass-on-unpruned-suppressions'];
    if (failsOnUnused) io.stderr.write(unusedLines(suppressed.shown!, suppressed.unused));
    if (suppressed.files.length === 0 && reporterName === 'stylish') {
      io.stderr.write('No spec files found: no Markdown file here names a known template in its frontmatter (`template: api-integration`) or follows one with its headings.\n');
      return failsOnUnused ? 1 : 0;
    }
    const color = flags['no-color'] ? false : flags.color ? true : Boolean(io.stdout.isTTY) && io.env.NO_COLOR === undefined;
    io.stdout.write(await reporter({ files: suppressed.files, version: cliVersion(), unusedSuppressions: suppressed.unused }, { color }));
    const errors = suppressed.files.reduce((sum, file) => sum + file.errorCount, 0);
    const warnings = suppressed.files.reduce((sum, file) => sum + file.warningCount, 0);
    if (errors > 0 || failsOnUnused) return 1;
    if (maxWarnings !== undefined && warnings > maxWarnings) {
      if (reporterName === 'stylish') io.stderr.write(`Too many warnings (${warnings}), expected at most ${maxWarnings} (--max-warnings).\n`);
      return 1;
    }
    return 0;
  },
};

/** Read a whole-number flag. */
function count(value: string | true | string[] | undefined, flag: string, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || number < minimum) {
    throw new CliError({ code: 'flag-value-invalid', params: { flag, actual: String(value), expected: `a whole number of at least ${minimum}` } });
  }
  return number;
}
