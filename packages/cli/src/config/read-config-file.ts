import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readYaml, type YamlReading } from '@specmark/template';
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
    if (extension === '.js' || extension === '.mjs' || extension === '.cjs') return plainCopy(await moduleDefault(path), new Set());
    const text = await readFile(path, 'utf8');
    const value: unknown = extension === '.json' || basename(path) === '.remarkrc' ? JSON.parse(text) : yamlData(readYaml(text, { maxLength: text.length }));
    return key === undefined ? value : (value as Record<string, unknown> | null)?.[key];
  } catch (error) {
    // A module may throw anything: a value that is not an Error is named as such.
    const reason = error instanceof Error ? errorReason(error) : `it threw \`${String(error)}\`, not an Error`;
    throw new CliError({ code: 'config-invalid', params: { path, reason } });
  }
}

/** A YAML configuration's data, or its first problem as an error (its message is the reason shown). */
function yamlData(reading: YamlReading): unknown {
  const { problem } = reading;
  if (!problem) return reading.data;
  if (problem.code === 'syntax') throw new Error(problem.error.message.split('\n')[0]!);
  if (problem.code === 'too-deep') throw new Error(`its flow collections nest deeper than ${problem.limit} levels`);
  throw new Error(problem.code === 'aliases' ? problem.reason : 'it is too long');
}

/**
 * A module's value as plain data, read now: every getter runs here, while a failure still names
 * the file, and never later while the settings are used. Functions (plugins) are kept as they are.
 */
function plainCopy(value: unknown, seen: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) throw new Error('it refers to itself');
  seen.add(value);
  const copy = Array.isArray(value) ? value.map((item) => plainCopy(item, seen)) : Object.fromEntries(Object.keys(value).map((key) => [key, plainCopy((value as Record<string, unknown>)[key], seen)]));
  seen.delete(value);
  return copy;
}

/**
 * The line of a value in a JSON or YAML configuration file, to point a message at it.
 *
 * @param path Absolute path of the file.
 * @param keys The keys and list indexes leading to the value (`['plugins', 1]`).
 * @returns The 1-based line where the value starts, or `undefined` for a JavaScript module, a
 *   file that cannot be read again, or a value not found.
 */
export async function configLine(path: string, keys: readonly (string | number)[]): Promise<number | undefined> {
  if (/\.[cm]?js$/.test(path)) return undefined;
  try {
    const text = await readFile(path, 'utf8');
    // JSON is YAML: one reader places a value in either.
    const { document, lines } = readYaml(text, { maxLength: text.length });
    const node = document?.getIn(keys, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lines.linePos(node.range[0]).line : undefined;
  } catch {
    return undefined;
  }
}
