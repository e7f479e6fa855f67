import type { Template } from '@specmark/template';

/** One entry of Starlight's table of contents. */
export interface TocEntry {
  /** Heading level. */
  depth: number;
  /** The heading's `id`. */
  slug: string;
  /** The heading's text. */
  text: string;
  /** Entries one level down. */
  children: TocEntry[];
}

/**
 * The table of contents of a template's sections (level 2) and fields (level 3); their slugs are
 * the `id`s the template components give their headings.
 *
 * @param template The template.
 * @returns One entry per section, with its fields as children.
 */
export function templateToc(template: Template): TocEntry[] {
  return template.sections.map((section) => ({
    depth: 2,
    slug: section.slug,
    text: section.title,
    children: section.fields.map((field) => ({ depth: 3, slug: field.slug, text: field.title, children: [] })),
  }));
}
