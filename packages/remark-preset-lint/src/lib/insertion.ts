import type { Root } from 'mdast';
import type { Point } from 'unist';
import type { OutlineStep, SpecOutline } from './spec-outline.ts';

/** Where missing template content should go, and whether it is the end of the file. */
export interface Insertion {
  /** The point to insert at. */
  point: Point | undefined;
  /** `true` when nothing of the template follows, so the text goes at the end of the file. */
  atEnd: boolean;
}

/**
 * Find where a missing section or field belongs: before the first heading of a later template step
 * that the spec has, otherwise at the end of the file.
 *
 * @param tree The spec.
 * @param outline The spec's outline.
 * @param step The missing step.
 * @returns The insertion point.
 */
export function insertionFor(tree: Root, outline: SpecOutline, step: OutlineStep): Insertion {
  for (const later of outline.steps.slice(step.index + 1)) {
    const entry = outline.byKey.get(later.key);
    if (entry?.heading.position) return { point: entry.heading.position.start, atEnd: false };
  }
  return { point: tree.position?.end, atEnd: true };
}

/**
 * The Markdown of a template field as the template shows it: heading and prompt.
 *
 * @param step A field step.
 * @returns `### Title` and the prompt, with a blank line after.
 */
export function fieldMarkdown(step: OutlineStep): string {
  const prompt = step.field?.prompt.trim() ?? '';
  return `### ${step.title}\n\n${prompt === '' ? '' : prompt + '\n\n'}`;
}
