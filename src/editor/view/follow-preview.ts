import { slugify } from '@specmark/template';
import { formFields, type FormTemplate } from '../model/form-template.ts';
import type { FormTarget } from '../worker/worker-protocol.ts';

/** The place in the rendered spec that shows a part of the form. */
export type PreviewAnchor =
  /** The frontmatter, shown as a YAML block before the title. */
  | { kind: 'frontmatter' }
  /**
   * A heading: the `#` title (depth 1), or a field's `###` heading (depth 3) under its section's
   * `##` heading.
   */
  | { kind: 'heading'; depth: 1 | 3; text?: string; section?: string };

/**
 * Where the rendered spec shows the part of the form being edited.
 *
 * @param template The form template, for the titles of fields and their sections.
 * @param part The part being edited (see `formPartOf`), if any.
 * @returns The title's heading, the frontmatter, or a field's heading under its section's; `undefined`
 *   outside them.
 */
export function previewAnchor(template: FormTemplate, part: FormTarget | undefined): PreviewAnchor | undefined {
  if (part?.kind === 'title') return { kind: 'heading', depth: 1 };
  if (part?.kind === 'frontmatter') return { kind: 'frontmatter' };
  if (part?.kind !== 'field') return undefined;
  const section = template.sections.find((each) => each.fields.some((field) => field.slug === part.slug));
  const field = formFields(template).find((each) => each.slug === part.slug);
  return field && { kind: 'heading', depth: 3, text: field.title, ...(section ? { section: section.title } : {}) };
}

/** Space left above the part followed, in pixels. */
const margin = 8;

/** Whether a heading's text is the title given, however Markdown in it rendered. */
function sameText(element: Element, title: string): boolean {
  return slugify(element.textContent ?? '') === slugify(title);
}

/**
 * Find where the rendered spec shows a part of the form, and where that part ends.
 *
 * @param root The rendered preview.
 * @param anchor The part.
 * @returns The element that starts the part and the heading after it (if any), or `undefined`
 *   when the preview does not show it.
 */
export function findAnchor(root: Element, anchor: PreviewAnchor): { start: HTMLElement; next: HTMLElement | undefined } | undefined {
  const headings = [...root.querySelectorAll<HTMLElement>('h1, h2, h3')];
  if (anchor.kind === 'frontmatter') {
    const block = root.querySelector<HTMLElement>('pre');
    return block && !(headings[0] && block.compareDocumentPosition(headings[0]) & Node.DOCUMENT_POSITION_PRECEDING) ? { start: block, next: headings[0] } : undefined;
  }
  let from = 0;
  if (anchor.section !== undefined) {
    from = headings.findIndex((heading) => heading.tagName === 'H2' && sameText(heading, anchor.section as string));
    if (from === -1) return undefined;
  }
  const index = headings.findIndex((heading, each) => each >= from && heading.tagName === `H${anchor.depth}` && (anchor.text === undefined || sameText(heading, anchor.text)));
  if (index === -1) return undefined;
  const start = headings[index] as HTMLElement;
  // A field ends at the next heading of any level; the title, at the first section.
  return { start, next: headings.slice(index + 1).find((heading) => Number(heading.tagName.slice(1)) <= Math.max(anchor.depth, 2)) };
}

/**
 * Scroll a preview that scrolls on its own so that a part of the spec is in view. When `jump` is
 * set (the person moved to another field), the part's start goes to the top. Otherwise (its text
 * changed) the view moves only when the part left it: to its start when it fits, else to its end,
 * where typing usually happens.
 *
 * @param scroller The element that scrolls the preview.
 * @param part Where the part starts, and the heading after it.
 * @param jump Whether to bring the part's start to the top in any case.
 */
export function scrollToPart(scroller: HTMLElement, part: { start: HTMLElement; next: HTMLElement | undefined }, jump: boolean): void {
  const box = scroller.getBoundingClientRect();
  const top = part.start.getBoundingClientRect().top - box.top + scroller.scrollTop - margin;
  const bottom = part.next ? part.next.getBoundingClientRect().top - box.top + scroller.scrollTop : scroller.scrollHeight;
  const height = scroller.clientHeight;
  const visible = top >= scroller.scrollTop && bottom <= scroller.scrollTop + height;
  if (jump || (bottom - top <= height && !visible)) scroller.scrollTop = top;
  else if (bottom - top > height && (bottom > scroller.scrollTop + height || bottom < scroller.scrollTop)) scroller.scrollTop = bottom - height + margin;
}
