import { readBuiltInTemplate, readCompiledTemplate } from '#read-built-in-template';
import type { Template } from './model.ts';
import { parseTemplate } from './parse-template.ts';

/** Ids of the templates that ship with this package. */
export const builtInTemplateIds: readonly string[] = ['api-integration'];

const loaded = new Map<string, Promise<Template>>();

/**
 * Tell whether an id names a built-in template.
 *
 * @param id Template id.
 * @returns `true` for a built-in template.
 */
export function isBuiltInTemplate(id: string): boolean {
  return builtInTemplateIds.includes(id);
}

/**
 * Load a built-in template by id (read once, then cached). Works in Node and in browsers. In Node,
 * a model parsed ahead of time by the package build is used while the Markdown is unchanged.
 *
 * @param id Template id (`api-integration`).
 * @returns The template model.
 * @throws {Error} When no built-in template has that id; the message lists the ids.
 */
export function loadBuiltInTemplate(id: string): Promise<Template> {
  if (!isBuiltInTemplate(id)) {
    return Promise.reject(new Error(`Unexpected template \`${id}\`, expected one of ${builtInTemplateIds.map((known) => '`' + known + '`').join(', ')}`));
  }
  let template = loaded.get(id);
  if (!template) {
    template = readBuiltInTemplate(id).then(async (markdown) => (await readCompiledTemplate(id, markdown)) ?? parseTemplate(markdown));
    loaded.set(id, template);
  }
  return template;
}
