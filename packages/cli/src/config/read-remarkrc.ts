import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readConfigFile } from './read-config-file.ts';
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
 * with `plugins` as a list or as an object, so the command line checks what remark-cli would.
 *
 * @param cwd The folder to look from.
 * @returns The settings and the file they came from, or `undefined` when remark is not configured
 *   with the preset.
 */
export async function readRemarkrc(cwd: string): Promise<{ path: string; config: SpecmarkConfig } | undefined> {
  const remarkrc = await findRemarkrc(cwd);
  if (!remarkrc) return undefined;
  const { path, value } = remarkrc;
  const listed = (value as { plugins?: unknown } | null | undefined)?.plugins;
  const plugins = Array.isArray(listed) ? listed : typeof listed === 'object' && listed !== null ? Object.entries(listed) : undefined;
  if (!plugins) return undefined;
  const config: SpecmarkConfig = {};
  let found = false;
  for (const entry of plugins) {
    const [name, setting] = Array.isArray(entry) ? [entry[0], entry[1]] : [entry, undefined];
    if (typeof name !== 'string') continue;
    if (presetName.test(name)) {
      found = true;
      const options = (setting ?? {}) as { template?: unknown; templates?: unknown };
      if (typeof options.template === 'string') config.template = options.template;
      if (Array.isArray(options.templates)) config.templates = options.templates.filter((item): item is string => typeof item === 'string');
      continue;
    }
    const rule = ruleName.exec(name)?.[1];
    if (rule) {
      found = true;
      config.rules = { ...config.rules, [rule]: setting === undefined ? 'on' : setting };
    }
  }
  return found ? { path, config } : undefined;
}
