import type { Heading, RootContent } from 'mdast';
import { slugify, type Template } from '@specmark/template';

/** A heading of the spec that the template knows, with where it stands. */
export interface OutlineHeading {
  /** The heading node. */
  node: Heading;
  /** Its index among the root's children. */
  index: number;
}

/** Where a spec's sections and fields are, matched to its template by heading text. */
export interface SpecOutline {
  /** The root's children. */
  children: readonly RootContent[];
  /** First `##` heading of each template section found, by section slug. */
  sections: Map<string, OutlineHeading>;
  /** First `###` heading of each template field found, by field slug. */
  fields: Map<string, OutlineHeading>;
  /** `##` and `###` headings the template does not know, in document order. */
  unknown: OutlineHeading[];
}

/**
 * Match a spec's top-level headings to its template the way `parseSpec` does: by the slug of the
 * heading text, `##` for sections and `###` for fields, wherever they stand.
 *
 * @param template The spec's template.
 * @param children The root's children of the parsed spec.
 * @param text The spec's source (normalised), for heading text.
 * @returns The outline.
 */
export function specOutline(template: Template, children: readonly RootContent[], text: string): SpecOutline {
  const sectionSlugs = new Set(template.sections.map((section) => section.slug));
  const fieldSlugs = new Set(template.fields.map((field) => field.slug));
  const outline: SpecOutline = { children, sections: new Map(), fields: new Map(), unknown: [] };
  children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth < 2 || node.depth > 3) return;
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    const title = first && last ? text.slice(first.position?.start.offset ?? 0, last.position?.end.offset ?? 0) : '';
    const slug = slugify(title.trim());
    const known = node.depth === 2 ? sectionSlugs.has(slug) : fieldSlugs.has(slug);
    const map = node.depth === 2 ? outline.sections : outline.fields;
    if (!known) outline.unknown.push({ node, index });
    else if (!map.has(slug)) map.set(slug, { node, index });
  });
  return outline;
}

/**
 * The offset of the start of the line a node starts on.
 *
 * @param text The source.
 * @param node A node with a position.
 * @returns The offset of the line start.
 */
export function lineStartOf(text: string, node: RootContent): number {
  const start = node.position?.start.offset ?? 0;
  return text.lastIndexOf('\n', start - 1) + 1;
}

/**
 * The first heading at or above a depth after a child, or `undefined` when there is none.
 *
 * @param children The root's children.
 * @param after Index to search after.
 * @param depth Deepest heading depth that ends the search.
 * @returns The heading's index.
 */
export function nextHeading(children: readonly RootContent[], after: number, depth: number): number | undefined {
  for (let index = after + 1; index < children.length; index++) {
    const node = children[index];
    if (node?.type === 'heading' && node.depth <= depth) return index;
  }
  return undefined;
}
