import type { Template } from '../template/model.ts';
import { renderSpec } from './render-spec.ts';

/**
 * Make a blank spec, ready to fill: frontmatter naming the template and its version (plus any
 * values given), the title when one is given, and every field showing its prompt.
 *
 * @param template The template to follow.
 * @param frontmatter More frontmatter, after `template` and `templateVersion` (default: `{}`);
 *   its `title`, when a string, also becomes the `#` heading.
 * @returns The spec's Markdown.
 */
export function blankSpec(template: Template, frontmatter: Record<string, unknown> = {}): string {
  const data: Record<string, unknown> = { template: template.id, templateVersion: template.version, ...frontmatter };
  const title = typeof data.title === 'string' && data.title.trim() !== '' ? data.title.trim() : undefined;
  return renderSpec(template, title === undefined ? { frontmatter: data, fields: {} } : { frontmatter: data, title, fields: {} });
}
