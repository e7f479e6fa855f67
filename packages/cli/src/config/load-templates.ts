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
 * @param ready Templates already loaded, by the source the configuration names them with (default: none).
 * @returns The templates by id.
 * @throws {CliError} When a configured template cannot be loaded.
 */
export async function loadTemplates(loaded: LoadedConfig, ready: ReadonlyMap<string, Template> = new Map()): Promise<TemplateSet> {
  const byId = new Map<string, Template>();
  for (const id of builtInTemplateIds) byId.set(id, await loadBuiltInTemplate(id));
  const { template = 'api-integration', templates = [] } = loaded.config;
  let defaultId = template;
  for (const source of [template, ...templates]) {
    const loadedTemplate = ready.get(source) ?? (await loadOne(source, loaded.root));
    byId.set(loadedTemplate.id, loadedTemplate);
    if (source === template) defaultId = loadedTemplate.id;
  }
  return { byId, defaultId };
}

/**
 * A project's templates in the order the lint preset tries them: the configured one first, then
 * the others.
 *
 * @param set The templates.
 * @returns The list.
 */
export function templateList(set: TemplateSet): Template[] {
  const configured = set.byId.get(set.defaultId);
  return [...(configured ? [configured] : []), ...[...set.byId.values()].filter((template) => template !== configured)];
}

/** The templates a project knows, as `specmark check` needs them. */
export interface KnownTemplates {
  /** Their ids. */
  ids: Set<string>;
  /** The sources of the configured template files (for cache keys). */
  sources: string[];
  /**
   * Load them all, the configured one first (built-in ones are parsed only when this is called).
   *
   * @returns The templates, in the order the lint preset tries them.
   */
  list(): Promise<Template[]>;
}

/**
 * The ids of the templates a project knows, without parsing the built-in ones: the built-in ids
 * and the ids of the templates the configuration adds (those files are loaded).
 *
 * @param loaded The configuration.
 * @returns The ids, the sources of the configured template files, and a loader of them all.
 * @throws {CliError} When a configured template cannot be loaded.
 */
export async function knownTemplateIds(loaded: LoadedConfig): Promise<KnownTemplates> {
  const ids = new Set(builtInTemplateIds);
  const sources: string[] = [];
  const configured = new Map<string, Template>();
  for (const source of [loaded.config.template, ...(loaded.config.templates ?? [])]) {
    if (source === undefined || isBuiltInTemplate(source)) continue;
    const template = await loadOne(source, loaded.root);
    ids.add(template.id);
    sources.push(template.source);
    configured.set(source, template);
  }
  let all: Promise<Template[]> | undefined;
  const list = (): Promise<Template[]> => (all ??= loadTemplates(loaded, configured).then(templateList));
  return { ids, sources, list };
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
