import { matchKey } from '../reading/match-key.ts';
import type { Template, TemplateField, TemplateSection } from './model.ts';

/** A section or field of a template, in template order. */
export interface OutlineStep {
  /** `section` or `field`. */
  kind: 'section' | 'field';
  /** Key unique in the template (`section:what-and-why`, `field:problem`). */
  key: string;
  /** Heading text in the template. */
  title: string;
  /** Heading depth the template uses (2 for sections, 3 for fields). */
  depth: 2 | 3;
  /** Position in the template order, 0-based. */
  index: number;
  /** The section (for a section step) or the field's section. */
  section: TemplateSection;
  /** The field, for a field step. */
  field?: TemplateField;
  /** The title as {@link matchKey} compares it. */
  match: string;
}

const cache = new WeakMap<Template, OutlineStep[]>();

/**
 * The template's sections and fields as one ordered list.
 *
 * @param template The template.
 * @returns Its steps; cached per template.
 */
export function templateSteps(template: Template): readonly OutlineStep[] {
  let steps = cache.get(template);
  if (!steps) {
    steps = [];
    for (const section of template.sections) {
      steps.push({ kind: 'section', key: `section:${section.slug}`, title: section.title, depth: 2, index: steps.length, section, match: matchKey(section.title) });
      for (const field of section.fields) {
        steps.push({ kind: 'field', key: `field:${field.slug}`, title: field.title, depth: 3, index: steps.length, section, field, match: matchKey(field.title) });
      }
    }
    cache.set(template, steps);
  }
  return steps;
}
