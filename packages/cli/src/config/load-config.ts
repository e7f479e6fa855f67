import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkPresetOptions } from '@specmark/remark-preset-lint';
import { specmarkConfigFiles } from '@specmark/remark-preset-lint/node';
import { CliError } from '../cli-problem.ts';
import { errorLine } from '../error-line.ts';
import { readConfigFile } from './read-config-file.ts';
import { readRemarkrc } from './read-remarkrc.ts';
import type { LoadedConfig, SpecmarkConfig } from './specmark-config.ts';

const keys = ['template', 'templates', 'rules', 'ignore'];

/**
 * Load the configuration of a folder: the first of `specmark.config.js`, `.mjs`, `.json`, else
 * `package.json#specmark`; then the settings for the Specmark preset and its rules in an existing
 * `.remarkrc*` (or `package.json#remarkConfig`). Both may be present only where they agree.
 *
 * @param cwd The folder to look in.
 * @param explicit A configuration file given with `--config` (default: none; then `cwd` is searched).
 * @returns The merged configuration.
 * @throws {CliError} When a file is invalid or the two configurations disagree.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const loaded: LoadedConfig = { config: {}, root: cwd, sources: [] };
  let own: { path: string; value: unknown } | undefined;
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new CliError({ code: 'config-invalid', params: { path: explicit, reason: 'no such file' } });
    own = { path, value: await readConfigFile(path, basename(path) === 'package.json' ? 'specmark' : undefined) };
  } else {
    const file = specmarkConfigFiles.map((name) => join(cwd, name)).find((path) => existsSync(path));
    if (file) own = { path: file, value: await readConfigFile(file) };
    else if (existsSync(join(cwd, 'package.json'))) {
      const value = await readConfigFile(join(cwd, 'package.json'), 'specmark');
      if (value !== undefined) own = { path: join(cwd, 'package.json'), value };
    }
  }
  if (own) {
    loaded.config = checkConfig(own.path, own.value);
    loaded.sources.push(own.path);
  }
  const remark = await readRemarkrc(cwd);
  if (remark) {
    const ownPath = loaded.sources[0];
    for (const key of ['template', 'templates'] as const) {
      const theirs = remark.config[key];
      if (theirs === undefined) continue;
      if (loaded.config[key] !== undefined && JSON.stringify(loaded.config[key]) !== JSON.stringify(theirs)) {
        throw new CliError({ code: 'config-conflict', params: { first: ownPath ?? '', second: remark.path, key } });
      }
      (loaded.config as Record<string, unknown>)[key] = theirs;
    }
    for (const [rule, setting] of Object.entries(remark.config.rules ?? {})) {
      const mine = loaded.config.rules?.[rule];
      if (mine !== undefined && JSON.stringify(mine) !== JSON.stringify(setting)) {
        throw new CliError({ code: 'config-conflict', params: { first: ownPath ?? '', second: remark.path, key: `rules.${rule}` } });
      }
      loaded.config.rules = { ...loaded.config.rules, [rule]: setting };
    }
    loaded.sources.push(remark.path);
  }
  return loaded;
}

/** Check the shape of a configuration value, its rule settings as the preset checks them. */
function checkConfig(path: string, value: unknown): SpecmarkConfig {
  const fail = (reason: string): never => {
    throw new CliError({ code: 'config-invalid', params: { path, reason } });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('expected an object');
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!keys.includes(key)) fail(`unexpected key \`${key}\`, expected one of ${keys.map((known) => '`' + known + '`').join(', ')}`);
  }
  if (config.template !== undefined && typeof config.template !== 'string') fail('expected `template` to be a string');
  for (const key of ['templates', 'ignore']) {
    const list = config[key];
    if (list !== undefined && !(Array.isArray(list) && list.every((item) => typeof item === 'string'))) fail(`expected \`${key}\` to be a list of strings`);
  }
  // The rule settings are read as the preset reads them (`rules` of its options).
  try {
    checkPresetOptions({ rules: config.rules });
  } catch (error) {
    fail(errorLine(error));
  }
  return config as SpecmarkConfig;
}
