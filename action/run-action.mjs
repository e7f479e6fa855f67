// @ts-check
import { spawn } from 'node:child_process';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { failedSummary, jobSummary, suppressionSummary, unusedSuppressionsText } from './job-summary.mjs';
import { commandData, outputLines } from './workflow-files.mjs';

/**
 * @typedef {object} ActionInputs What the workflow gave the action.
 * @property {string[]} paths Files, folders or globs to check (default: `['.']`).
 * @property {string} [config] Configuration file (default: found in the working directory).
 * @property {string} [maxWarnings] Most warnings allowed before the job fails (default: no limit).
 * @property {string} [sarifFile] Where to write SARIF, relative to the repository (default: none).
 * @property {string} [suppressionsLocation] The suppressions file, relative to the working directory (default: `specmark-suppressions.json` there).
 * @property {string} installDir Folder whose `node_modules` holds the `specmark` to run.
 */

/**
 * @typedef {object} ActionIo Where the action runs and writes.
 * @property {string} cwd The working directory: paths and the configuration are found from it.
 * @property {Readonly<Record<string, string | undefined>>} env `GITHUB_WORKSPACE`, `GITHUB_STEP_SUMMARY`, `GITHUB_OUTPUT`.
 * @property {{ write(text: string): unknown }} stdout The step's log (workflow commands go here).
 * @property {{ write(text: string): unknown }} stderr Where the command line's own messages go.
 */

/**
 * Read the action's inputs from the environment its `action.yml` sets (`SPECMARK_*`). Empty
 * values are unset; `paths` is one path or glob per line.
 *
 * @param {Readonly<Record<string, string | undefined>>} env The environment.
 * @returns {ActionInputs} The inputs.
 */
export function readInputs(env) {
  const value = (/** @type {string} */ name) => (env[name]?.trim() ? env[name].trim() : undefined);
  const paths = (env.SPECMARK_PATHS ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  /** @type {ActionInputs} */
  const inputs = { paths: paths.length === 0 ? ['.'] : paths, installDir: value('SPECMARK_INSTALL_DIR') ?? '' };
  const config = value('SPECMARK_CONFIG');
  if (config !== undefined) inputs.config = config;
  const maxWarnings = value('SPECMARK_MAX_WARNINGS');
  if (maxWarnings !== undefined) inputs.maxWarnings = maxWarnings;
  const sarifFile = value('SPECMARK_SARIF_FILE');
  if (sarifFile !== undefined) inputs.sarifFile = sarifFile;
  const suppressionsLocation = value('SPECMARK_SUPPRESSIONS_LOCATION');
  if (suppressionsLocation !== undefined) inputs.suppressionsLocation = suppressionsLocation;
  return inputs;
}

/** Run the installed `specmark` executable under this Node.js and collect its output. */
function runCli(/** @type {string} */ bin, /** @type {string[]} */ args, /** @type {string} */ cwd) {
  return /** @type {Promise<{ code: number, stdout: string, stderr: string }>} */ (
    new Promise((done, fail) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
      child.on('error', fail);
      child.on('close', (code) => done({ code: code ?? 2, stdout, stderr }));
    })
  );
}

/**
 * Check the specs once and report the results four ways: workflow annotations (the command
 * line's `github` reporter), a job summary, SARIF (its `sarif` reporter, when `sarifFile` is set)
 * and the step outputs `errors`, `warnings` and `sarif-file`. The repository's suppressions file
 * (`specmark-suppressions.json` in the working directory, or `suppressionsLocation`) applies as
 * it does to `specmark check`: suppressed errors are neither annotated nor counted (SARIF marks
 * them suppressed), and suppressions that match no error anymore fail the job with an annotation. Paths are made relative to the
 * repository (`GITHUB_WORKSPACE`), as annotations and code scanning expect.
 *
 * @param {ActionInputs} inputs What to check and where to write SARIF.
 * @param {ActionIo} io Where it runs and writes.
 * @returns {Promise<number>} The exit code of `specmark check`: 0 clean, 1 problems (or too many warnings), 2 unusable input.
 */
export async function runAction(inputs, io) {
  const require = createRequire(join(resolve(inputs.installDir), 'package.json'));
  const bin = join(dirname(require.resolve('specmark/package.json')), 'bin', 'specmark.js');
  const args = ['check', '--reporter', 'json'];
  if (inputs.config !== undefined) args.push('--config', inputs.config);
  if (inputs.maxWarnings !== undefined) args.push('--max-warnings', inputs.maxWarnings);
  if (inputs.suppressionsLocation !== undefined) args.push('--suppressions-location', inputs.suppressionsLocation);
  const run = await runCli(bin, [...args, '--', ...inputs.paths], io.cwd);
  io.stderr.write(run.stderr);
  const repository = io.env.GITHUB_WORKSPACE ?? io.cwd;
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    // Exit code 2: a usage or configuration error, said in one sentence on stderr.
    const reason = run.stderr.trim().split('\n')[0] ?? '';
    io.stdout.write(`::error title=Specmark::${commandData(reason || `specmark check exited with ${run.code} without a report`)}\n`);
    if (io.env.GITHUB_STEP_SUMMARY) await appendFile(io.env.GITHUB_STEP_SUMMARY, failedSummary(reason));
    return run.code === 0 ? 2 : run.code;
  }
  const prefix = relative(repository, io.cwd).split(sep).join('/');
  /** @type {import('./job-summary.mjs').SummaryFile[]} */
  const files = report.files.map((/** @type {import('./job-summary.mjs').SummaryFile} */ file) => ({ ...file, path: prefix === '' ? file.path : `${prefix}/${file.path}` }));
  const { reporters } = await import(pathToFileURL(require.resolve('specmark')).href);
  const input = { files, version: report.tool.version };
  io.stdout.write(await reporters.github(input, { color: false }));
  /** @type {import('./job-summary.mjs').UnusedSuppression[]} */
  const unused = (report.unusedSuppressions ?? []).map((/** @type {import('./job-summary.mjs').UnusedSuppression} */ entry) => ({ ...entry, path: prefix === '' ? entry.path : `${prefix}/${entry.path}` }));
  if (unused.length > 0) io.stdout.write(`::error title=Specmark::${commandData(unusedSuppressionsText(unused))}\n`);
  let sarifPath = '';
  if (inputs.sarifFile !== undefined) {
    sarifPath = resolve(repository, inputs.sarifFile);
    await mkdir(dirname(sarifPath), { recursive: true });
    await writeFile(sarifPath, await reporters.sarif(input, { color: false }));
  }
  if (io.env.GITHUB_STEP_SUMMARY) await appendFile(io.env.GITHUB_STEP_SUMMARY, jobSummary(files) + suppressionSummary(files, unused));
  if (io.env.GITHUB_OUTPUT) await appendFile(io.env.GITHUB_OUTPUT, outputLines({ errors: report.errorCount, warnings: report.warningCount, 'sarif-file': sarifPath }));
  return run.code;
}
