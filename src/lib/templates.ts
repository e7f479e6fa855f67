import { builtInTemplateIds, loadBuiltInTemplate, type Template } from '@specmark/template';

/**
 * Load every built-in template, for pages that list or render them.
 *
 * @returns The templates, in `builtInTemplateIds` order.
 */
export function loadSiteTemplates(): Promise<Template[]> {
  return Promise.all(builtInTemplateIds.map((id) => loadBuiltInTemplate(id)));
}
