import { resolve } from 'node:path';
import { builtInTemplateIds, isBuiltInTemplate, loadBuiltInTemplate, type Template } from '@specmark/template';
import { loadTemplateFile } from '@specmark/template/node';
import { CliError } from '../cli-problem.ts';
import { errorLine } from '../error-line.ts';
import type { LoadedConfig } from './specmark-config.ts';

/** The templates a project knows: the built-in ones and those its configuration adds. */
export interface TemplateSet {
  /** Templates by id. */
  byId: ReadonlyMap<string, Template>;
  /** Id of the configured template (default: `'api-integration'`). */
  defaultId: string;
}

/**
 * Load every built-in template and the ones the configuration names (`template`, `templates`).
 *
 * @param loaded The configuration.
 * @returns The templates by id.
 * @throws {CliError} When a configured template cannot be loaded.
 */
export async function loadTemplates(loaded: LoadedConfig): Promise<TemplateSet> {
  const byId = new Map<string, Template>();
  for (const id of builtInTemplateIds) byId.set(id, await loadBuiltInTemplate(id));
  const { template = 'api-integration', templates = [] } = loaded.config;
  let defaultId = template;
  for (const source of [template, ...templates]) {
    const loadedTemplate = await loadOne(source, loaded.root);
    byId.set(loadedTemplate.id, loadedTemplate);
    if (source === template) defaultId = loadedTemplate.id;
  }
  return { byId, defaultId };
}

/**
 * The ids of the templates a project knows, without parsing the built-in ones: the built-in ids
 * and the ids of the templates the configuration adds (those files are loaded).
 *
 * @param loaded The configuration.
 * @returns The ids, and the sources of the configured template files (for cache keys).
 * @throws {CliError} When a configured template cannot be loaded.
 */
export async function knownTemplateIds(loaded: LoadedConfig): Promise<{ ids: Set<string>; sources: string[] }> {
  const ids = new Set(builtInTemplateIds);
  const sources: string[] = [];
  for (const source of [loaded.config.template, ...(loaded.config.templates ?? [])]) {
    if (source === undefined || isBuiltInTemplate(source)) continue;
    const template = await loadOne(source, loaded.root);
    ids.add(template.id);
    sources.push(template.source);
  }
  return { ids, sources };
}

/**
 * Load one template by built-in id or file path.
 *
 * @param source A built-in id or a path.
 * @param root Folder a relative path is resolved from.
 * @returns The template.
 * @throws {CliError} When the id is unknown or the file is not a valid template.
 */
export async function loadOne(source: string, root: string): Promise<Template> {
  if (isBuiltInTemplate(source)) return loadBuiltInTemplate(source);
  if (!/\.mdx?$/i.test(source)) throw new CliError({ code: 'template-unknown', params: { actual: source, known: [...builtInTemplateIds] } });
  try {
    return await loadTemplateFile(resolve(root, source));
  } catch (error) {
    throw new CliError({ code: 'template-invalid', params: { path: source, reason: errorLine(error) } });
  }
}
