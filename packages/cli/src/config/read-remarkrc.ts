import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfigFile } from './read-config-file.ts';
import type { SpecmarkConfig } from './specmark-config.ts';

const remarkrcFiles = ['.remarkrc', '.remarkrc.json', '.remarkrc.yaml', '.remarkrc.yml', '.remarkrc.js', '.remarkrc.mjs', '.remarkrc.cjs'];
const presetName = /^@specmark\/(?:remark-)?preset-lint(?:\/node)?$/;
const ruleName = /^@specmark\/(?:remark-)?preset-lint\/rules\/([a-z0-9-]+)$/;

/**
 * Read the Specmark settings of an existing remark configuration: the options given to
 * `@specmark/remark-preset-lint` (`template`, `templates`) and the settings of its rules
 * (`["@specmark/remark-preset-lint/rules/<id>", setting]`), so the command line checks what
 * remark-cli would.
 *
 * @param cwd The folder to look in.
 * @returns The settings and the file they came from, or `undefined` when remark is not configured
 *   with the preset.
 */
export async function readRemarkrc(cwd: string): Promise<{ path: string; config: SpecmarkConfig } | undefined> {
  let path = remarkrcFiles.map((name) => join(cwd, name)).find((candidate) => existsSync(candidate));
  let value: unknown;
  if (path) value = await readConfigFile(path);
  else if (existsSync(join(cwd, 'package.json'))) {
    path = join(cwd, 'package.json');
    value = await readConfigFile(path, 'remarkConfig');
  }
  const plugins = (value as { plugins?: unknown } | undefined)?.plugins;
  if (!path || !Array.isArray(plugins)) return undefined;
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
