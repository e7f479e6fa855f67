import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkPresetOptions, type PresetOptions } from '@specmark/remark-preset-lint';
import { CliError } from '../cli-problem.ts';
import { errorLine } from '../error-line.ts';
import { configLine, readConfigFile } from './read-config-file.ts';
import type { SpecmarkConfig } from './specmark-config.ts';

/**
 * The files remark-cli reads its configuration from, in the order it tries them in each folder
 * (unified-engine's `rcName` `.remarkrc` with each extension it loads, then `package.json` with
 * its `remarkConfig` field).
 */
const remarkrcFiles = ['.remarkrc', '.remarkrc.json', '.remarkrc.cjs', '.remarkrc.mjs', '.remarkrc.js', '.remarkrc.yaml', '.remarkrc.yml', 'package.json'];
const presetName = /^@specmark\/(?:remark-)?preset-lint(?:\/node)?$/;
const ruleName = /^@specmark\/(?:remark-)?preset-lint\/rules\/([a-z0-9-]+)$/;

/**
 * Find remark's configuration as remark-cli finds it for a file in `cwd`: in `cwd`, then in each
 * folder above it, the first of `.remarkrc`, `.remarkrc.json`, `.cjs`, `.mjs`, `.js`, `.yaml`,
 * `.yml`, or a `package.json` with a `remarkConfig` field.
 *
 * @param cwd The folder to start from.
 * @returns The file and its value, or `undefined` when there is none.
 * @throws {CliError} When the file found cannot be read.
 */
export async function findRemarkrc(cwd: string): Promise<{ path: string; value: unknown } | undefined> {
  for (let folder = cwd; ; folder = dirname(folder)) {
    for (const name of remarkrcFiles) {
      const path = join(folder, name);
      if (!existsSync(path)) continue;
      const value = await readConfigFile(path, name === 'package.json' ? 'remarkConfig' : undefined);
      // A `package.json` without the field is no configuration: the search goes on.
      if (name === 'package.json' && value === undefined) continue;
      return { path, value };
    }
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * Read the Specmark settings of an existing remark configuration, found as remark-cli finds it
 * ({@link findRemarkrc}): the options given to `@specmark/remark-preset-lint` (`template`,
 * `templates`) and the settings of its rules (`["@specmark/remark-preset-lint/rules/<id>", setting]`),
 * with `plugins` as a list or as an object, so the command line checks what remark-cli would. The
 * preset's options (`template`, `templates`, `rules`) and each rule's setting are read by the
 * preset's own `checkPresetOptions`; a rule listed on its own keeps its setting over the preset's
 * `rules`.
 *
 * @param cwd The folder to look from.
 * @returns The settings and the file they came from, or `undefined` when remark is not configured
 *   with the preset.
 * @throws {CliError} When the preset refuses its options or a rule's setting: the file, the line of
 *   the entry (JSON and YAML files), and the preset's reason.
 */
export async function readRemarkrc(cwd: string): Promise<{ path: string; config: SpecmarkConfig } | undefined> {
  const remarkrc = await findRemarkrc(cwd);
  if (!remarkrc) return undefined;
  const { path, value } = remarkrc;
  const listed = (value as { plugins?: unknown } | null | undefined)?.plugins;
  const plugins = Array.isArray(listed) ? listed : typeof listed === 'object' && listed !== null ? Object.entries(listed) : undefined;
  if (!plugins) return undefined;
  const config: SpecmarkConfig = {};
  // Rules listed on their own keep their settings over the preset's `rules`, as in remark-cli.
  let own: Record<string, unknown> = {};
  let found = false;
  for (const [index, entry] of plugins.entries()) {
    const [name, setting] = Array.isArray(entry) ? [entry[0], entry[1]] : [entry, undefined];
    if (typeof name !== 'string') continue;
    const rule = ruleName.exec(name)?.[1];
    if (!presetName.test(name) && !rule) continue;
    found = true;
    let options: PresetOptions;
    try {
      // The preset reads its options, and each rule its setting, in one place: what it refuses here,
      // it refuses in remark-cli.
      options = checkPresetOptions(rule ? { rules: { [rule]: setting ?? 'on' } } : setting);
    } catch (error) {
      const prefix = basename(path) === 'package.json' ? ['remarkConfig'] : [];
      const line = await configLine(path, [...prefix, 'plugins', Array.isArray(listed) ? index : name]);
      throw new CliError({ code: 'config-invalid', params: { path, line, reason: errorLine(error) } });
    }
    if (rule) {
      own = { ...own, ...options.rules };
      continue;
    }
    if (typeof options.template === 'string') config.template = options.template;
    if (options.templates) config.templates = options.templates.filter((item): item is string => typeof item === 'string');
    if (options.rules) config.rules = { ...config.rules, ...options.rules };
  }
  if (Object.keys(own).length > 0) config.rules = { ...config.rules, ...own };
  return found ? { path, config } : undefined;
}
