import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { CliError } from '../cli-problem.ts';
import { errorReason } from '../files/file-problem.ts';

/** How long a JavaScript configuration may take to load and settle its default export, in milliseconds. */
export const configTimeout = 10_000;

/** A JavaScript module's default export, awaited, within {@link configTimeout}. */
async function moduleDefault(path: string): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`its default export did not settle within ${configTimeout / 1000} s`)), configTimeout);
  });
  try {
    // The module may await at its top level, and its default export may be a promise: both settle
    // in time, or the configuration is refused (else Node would stop on an unsettled promise).
    return await Promise.race([import(pathToFileURL(path).href).then((module: { default?: unknown }) => module.default), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Read a configuration file: JSON (`.json`, or a `.remarkrc` without extension, as remark-cli reads
 * it), YAML (`.yml`, `.yaml`) or a JavaScript module whose default export (or what it settles to,
 * within 10 seconds) is the configuration.
 *
 * @param path Absolute path of the file.
 * @param key For `package.json`, the key holding the configuration (default: the whole file).
 * @returns The configuration value (`undefined` when `package.json` lacks the key).
 * @throws {CliError} When the file cannot be read or parsed, its module throws or rejects, or its
 *   default export does not settle in time; the message names the file.
 */
export async function readConfigFile(path: string, key?: string): Promise<unknown> {
  const extension = extname(path);
  try {
    if (extension === '.js' || extension === '.mjs' || extension === '.cjs') return await moduleDefault(path);
    const text = await readFile(path, 'utf8');
    const value: unknown = extension === '.json' || basename(path) === '.remarkrc' ? JSON.parse(text) : parseYaml(text, { logLevel: 'error' });
    return key === undefined ? value : (value as Record<string, unknown> | null)?.[key];
  } catch (error) {
    const reason = errorReason(error);
    throw new CliError({ code: 'config-invalid', params: { path, reason } });
  }
}
