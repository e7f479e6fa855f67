import { slugify } from '@specmark/template';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { markdownToHast } from './markdown-html.ts';

/** A heading of a rendered spec, for the table of contents. */
export interface SpecHeading {
  /** Level, 2 or more (the `#` title is left out). */
  depth: number;
  /** The heading's `id`. */
  slug: string;
  /** The heading's text. */
  text: string;
}

/** A spec rendered for a page. */
export interface RenderedSpec {
  /** The HTML of the body, without the frontmatter and the `#` title. */
  html: string;
  /** Headings from level 2 down, in order. */
  headings: SpecHeading[];
}

/**
 * Render a spec's Markdown (CommonMark + GFM) to HTML for a page that shows the title itself:
 * the frontmatter and the `#` heading are left out, headings get `id`s from their text, and raw
 * HTML in the spec is dropped, never passed through.
 *
 * @param markdown The spec, with `\n` line endings.
 * @returns The HTML and the headings.
 */
export function renderSpecHtml(markdown: string): RenderedSpec {
  const hast = markdownToHast(markdown, (node) => node.type !== 'yaml' && !(node.type === 'heading' && node.depth === 1));
  const headings: SpecHeading[] = [];
  const used = new Set<string>();
  for (const node of hast.children) {
    if (node.type !== 'element' || !/^h[2-6]$/.test(node.tagName)) continue;
    const text = textOf(node);
    const base = slugify(text) || 'section';
    let slug = base;
    for (let index = 2; used.has(slug); index += 1) slug = `${base}-${index}`;
    used.add(slug);
    node.properties.id = slug;
    headings.push({ depth: Number(node.tagName.slice(1)), slug, text });
  }
  visitElements(hast, (node) => {
    if (node.tagName !== 'input' || node.properties.type !== 'checkbox') return;
    // A read-only task box: shown as a symbol with its state in words, not as a form control.
    const checked = Boolean(node.properties.checked);
    node.tagName = 'span';
    node.properties = { className: ['task-state'], role: 'img', ariaLabel: checked ? 'Done:' : 'Not done:' };
    node.children = [{ type: 'text', value: checked ? '☑' : '☐' }];
  });
  return { html: toHtml(hast), headings };
}

/** Call `visit` on every element of a tree, parents first. */
function visitElements(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    visitElements(child, visit);
  }
}

/** The text of an element. */
function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');
}
