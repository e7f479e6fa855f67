import { builtInTemplateIds, loadBuiltInTemplate, type Template, type TemplateField, type TemplateSection } from '@specmark/template';

/**
 * Load a built-in template for a page or component (the template package reads each one once).
 *
 * @param id Template id (`api-integration`).
 * @returns The template model.
 */
export function siteTemplate(id: string): Promise<Template> {
  return loadBuiltInTemplate(id);
}

/**
 * Load every built-in template, for pages that list or render them.
 *
 * @returns The templates, in `builtInTemplateIds` order.
 */
export function loadSiteTemplates(): Promise<Template[]> {
  return Promise.all(builtInTemplateIds.map((id) => siteTemplate(id)));
}

/**
 * Find a section of a template by slug.
 *
 * @param template The template.
 * @param slug The section's slug (`what-and-why`).
 * @returns The section.
 * @throws {Error} When the template has no such section, naming the ones it has.
 */
export function templateSection(template: Template, slug: string): TemplateSection {
  const section = template.sections.find((candidate) => candidate.slug === slug);
  if (!section) throw new Error(`Unexpected section \`${slug}\`, expected one of the sections of template \`${template.id}\`: ${template.sections.map((s) => `\`${s.slug}\``).join(', ')}`);
  return section;
}

/**
 * Find a field of a template by slug.
 *
 * @param template The template.
 * @param slug The field's slug (`who-this-is-for`).
 * @returns The field.
 * @throws {Error} When the template has no such field, naming the ones it has.
 */
export function templateField(template: Template, slug: string): TemplateField {
  const field = template.fields.find((candidate) => candidate.slug === slug);
  if (!field) throw new Error(`Unexpected field \`${slug}\`, expected one of the fields of template \`${template.id}\`: ${template.fields.map((f) => `\`${f.slug}\``).join(', ')}`);
  return field;
}
