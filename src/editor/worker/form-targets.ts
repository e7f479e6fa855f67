import type { Root } from 'mdast';
import { slugify, type Template } from '@specmark/template';
import type { FormTarget } from './worker-protocol.ts';

/** Where each part of a rendered spec starts, for mapping a line back to the form. */
export interface SpecOutline {
  /** Lines of the frontmatter block, when there is one. */
  frontmatter?: { start: number; end: number; lines: string[] };
  /** Headings the form has a place for, by first line, in document order. */
  headings: { line: number; target: FormTarget }[];
}

/**
 * Find the parts of a rendered spec: its frontmatter and the headings of the title, the template's
 * sections and its fields.
 *
 * @param template The template.
 * @param tree The spec's syntax tree.
 * @param markdown The spec, for the frontmatter's lines.
 * @returns The outline.
 */
export function specOutline(template: Template, tree: Root, markdown: string): SpecOutline {
  const sections = new Set(template.sections.map((section) => slugify(section.title)));
  const fields = new Map(template.fields.map((field) => [slugify(field.title), field.slug]));
  const outline: SpecOutline = { headings: [] };
  const lines = markdown.split('\n');
  for (const node of tree.children) {
    const start = node.position?.start.line ?? 1;
    if (node.type === 'yaml') outline.frontmatter = { start, end: node.position?.end.line ?? start, lines: lines.slice(start - 1, node.position?.end.line ?? start) };
    if (node.type !== 'heading') continue;
    const key = slugify(markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0).replace(/^#+/, ''));
    const field = fields.get(key);
    if (node.depth === 1) outline.headings.push({ line: start, target: { kind: 'title' } });
    else if (node.depth === 2 && sections.has(key)) outline.headings.push({ line: start, target: { kind: 'section', slug: key } });
    else if (node.depth === 3 && field) outline.headings.push({ line: start, target: { kind: 'field', slug: field } });
  }
  return outline;
}

/**
 * The part of the form a line of the rendered spec belongs to.
 *
 * @param outline The spec's outline.
 * @param line 1-based line.
 * @returns The frontmatter key on or above that line inside the frontmatter, else the last heading
 *   at or before it (default: the title).
 */
export function targetAt(outline: SpecOutline, line: number): FormTarget {
  const frontmatter = outline.frontmatter;
  if (frontmatter && line >= frontmatter.start && line <= frontmatter.end) {
    for (let index = line - frontmatter.start; index >= 0; index -= 1) {
      const key = /^([A-Za-z_][\w-]*)\s*:/.exec(frontmatter.lines[index] ?? '')?.[1];
      if (key) return { kind: 'frontmatter', key };
    }
    return { kind: 'frontmatter' };
  }
  let target: FormTarget = { kind: 'title' };
  for (const heading of outline.headings) {
    if (heading.line > line) break;
    target = heading.target;
  }
  return target;
}
