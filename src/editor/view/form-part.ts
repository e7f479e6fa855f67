import type { FormTarget } from '../worker/worker-protocol.ts';
import { keepInView } from './keep-in-view.ts';

/**
 * The id of the form element a part of the spec is edited in.
 *
 * @param target The part: the title, a frontmatter key, a section or a field.
 * @returns The element id: the title input, the frontmatter key's input (when the form has one,
 *   else the frontmatter fieldset), the section's heading, or the field's group.
 */
export function targetElementId(target: FormTarget): string {
  switch (target.kind) {
    case 'title':
      return 'sm-title';
    case 'frontmatter':
      return target.key && typeof document !== 'undefined' && document.getElementById(`sm-fm-${target.key}`) ? `sm-fm-${target.key}` : 'sm-frontmatter';
    case 'section':
      return `sm-section-${target.slug}`;
    case 'field':
      return `sm-field-${target.slug}-group`;
  }
}

/**
 * Move focus to the first control of a part of the form (or the part itself when it has none), and
 * bring it into view and keep it there while the form settles (see {@link keepInView}).
 *
 * @param id The part's element id (see {@link targetElementId}).
 * @returns Whether the element was found.
 */
export function focusFormPart(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const focusable = element.matches('input, textarea, select, button') ? element : element.querySelector<HTMLElement>('input, textarea, select, button');
  const focused = focusable ?? element;
  focused.focus({ preventScroll: true });
  keepInView(element, focused);
  return true;
}

/**
 * The part of the form an element belongs to, for the preview to follow the field being edited.
 *
 * @param element An element of the form (the one that has focus).
 * @returns The title, the frontmatter, or a field by slug; `undefined` outside them (toolbar, import).
 */
export function formPartOf(element: Element): FormTarget | undefined {
  if (element.id === 'sm-title') return { kind: 'title' };
  if (element.closest('#sm-frontmatter')) return { kind: 'frontmatter' };
  const group = element.closest('[id^="sm-field-"][id$="-group"]');
  return group ? { kind: 'field', slug: group.id.slice('sm-field-'.length, -'-group'.length) } : undefined;
}
