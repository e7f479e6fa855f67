import { readSpec, type SpecDocument, type Template } from '@specmark/template';
import { isMap, isScalar } from 'yaml';
import type { FormTarget } from './worker-protocol.ts';

/** Where each part of a spec starts, for mapping a line back to the form. */
export interface SpecOutline {
  /** The frontmatter's lines, and the line of each top-level key, when there is frontmatter. */
  frontmatter?: { start: number; end: number; keys: { line: number; key: string }[] };
  /** Headings the form has a place for, by first line, in document order. */
  headings: { line: number; target: FormTarget }[];
}

/**
 * Find the parts of a spec the form has a place for, through the spec's reading (`readSpec`): the
 * frontmatter and its keys, the title, and the headings of the template's sections and fields —
 * matched as the lint rules, `specmark fix` and import match them, at whatever level they stand.
 *
 * @param template The template.
 * @param document The spec (from `readSpecDocument`).
 * @returns The outline.
 */
export function specOutline(template: Template, document: SpecDocument): SpecOutline {
  const reading = readSpec(template, document);
  const outline: SpecOutline = { headings: [] };
  const { node, yaml, offset } = document.frontmatter;
  if (node?.position) {
    const root = yaml?.document?.contents;
    const keys = isMap(root)
      ? root.items.flatMap((pair) => (isScalar(pair.key) && pair.key.range ? [{ line: document.pointAt(offset + pair.key.range[0]).line, key: String(pair.key.value) }] : []))
      : [];
    outline.frontmatter = { start: node.position.start.line, end: node.position.end.line, keys };
  }
  const line = (heading: { position?: { start: { line: number } } | undefined }): number => heading.position?.start.line ?? 1;
  if (reading.title) outline.headings.push({ line: line(reading.title), target: { kind: 'title' } });
  for (const entry of reading.entries) {
    if (entry.repeat) continue;
    const { step } = entry;
    outline.headings.push({ line: line(entry.heading), target: step.field ? { kind: 'field', slug: step.field.slug } : { kind: 'section', slug: step.section.slug } });
  }
  outline.headings.sort((a, b) => a.line - b.line);
  return outline;
}

/**
 * The part of the form a line of the spec belongs to.
 *
 * @param outline The spec's outline.
 * @param line 1-based line.
 * @returns The frontmatter key on or above that line inside the frontmatter, else the last heading
 *   at or before it (default: the title).
 */
export function targetAt(outline: SpecOutline, line: number): FormTarget {
  const frontmatter = outline.frontmatter;
  if (frontmatter && line >= frontmatter.start && line <= frontmatter.end) {
    const key = frontmatter.keys.findLast((each) => each.line <= line)?.key;
    return key === undefined ? { kind: 'frontmatter' } : { kind: 'frontmatter', key };
  }
  let target: FormTarget = { kind: 'title' };
  for (const heading of outline.headings) {
    if (heading.line > line) break;
    target = heading.target;
  }
  return target;
}
