import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { CliError } from '../cli-problem.ts';

/**
 * Read a configuration file: JSON, YAML (`.yml`, `.yaml`, or a `.remarkrc` without extension) or a
 * JavaScript module whose default export is the configuration.
 *
 * @param path Absolute path of the file.
 * @param key For `package.json`, the key holding the configuration (default: the whole file).
 * @returns The configuration value (`undefined` when `package.json` lacks the key).
 * @throws {CliError} When the file cannot be read or parsed.
 */
export async function readConfigFile(path: string, key?: string): Promise<unknown> {
  const extension = extname(path);
  try {
    if (extension === '.js' || extension === '.mjs' || extension === '.cjs') {
      const module = (await import(pathToFileURL(path).href)) as { default?: unknown };
      return module.default;
    }
    const text = await readFile(path, 'utf8');
    const value: unknown = extension === '.json' ? JSON.parse(text) : parseYaml(text, { logLevel: 'error' });
    return key === undefined ? value : (value as Record<string, unknown> | null)?.[key];
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unreadable';
    throw new CliError({ code: 'config-invalid', params: { path, reason } });
  }
}
