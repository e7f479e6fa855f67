import type { Template, TemplateField, TemplateSection } from '@specmark/template';
import { slugify } from '@specmark/template';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A section or field of the template, in template order. */
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
}

/** A heading of the spec that matches a template section or field. */
export interface OutlineEntry {
  /** The template step it matches. */
  step: OutlineStep;
  /** The heading. */
  heading: Heading;
  /** The content after the heading up to the next heading of depth 1–3. */
  body: RootContent[];
  /** Whether an earlier heading already matched the same step. */
  repeat: boolean;
}

/** A spec's headings read against a template. */
export interface SpecOutline {
  /** Template steps in order. */
  steps: OutlineStep[];
  /** The first `#` heading. */
  title: Heading | undefined;
  /** Matching headings in document order, repeats included. */
  entries: OutlineEntry[];
  /** First matching heading per step key. */
  byKey: Map<string, OutlineEntry>;
}

const cache = new WeakMap<Root, WeakMap<Template, SpecOutline>>();

/**
 * Match a spec's headings to the sections and fields of a template by their text (slugs compared),
 * at any depth, so that a heading at the wrong level or place is still recognised.
 *
 * @param tree The spec's syntax tree.
 * @param template The template.
 * @returns The outline; cached per tree and template.
 */
export function specOutline(tree: Root, template: Template): SpecOutline {
  let perTree = cache.get(tree);
  if (!perTree) {
    perTree = new WeakMap();
    cache.set(tree, perTree);
  }
  let outline = perTree.get(template);
  if (!outline) {
    outline = build(tree, template);
    perTree.set(template, outline);
  }
  return outline;
}

/** The template's sections and fields as one ordered list. */
export function templateSteps(template: Template): OutlineStep[] {
  const steps: OutlineStep[] = [];
  for (const section of template.sections) {
    steps.push({ kind: 'section', key: `section:${section.slug}`, title: section.title, depth: 2, index: steps.length, section });
    for (const field of section.fields) {
      steps.push({ kind: 'field', key: `field:${field.slug}`, title: field.title, depth: 3, index: steps.length, section, field });
    }
  }
  return steps;
}

function build(tree: Root, template: Template): SpecOutline {
  const steps = templateSteps(template);
  const sections = new Map<string, OutlineStep>();
  const fields = new Map<string, OutlineStep>();
  for (const step of steps) (step.kind === 'section' ? sections : fields).set(slugify(step.title), step);
  const outline: SpecOutline = { steps, title: undefined, entries: [], byKey: new Map() };
  let open: OutlineEntry | undefined;
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth > 3) {
      open?.body.push(node);
      continue;
    }
    open = undefined;
    const slug = slugify(toString(node));
    const step = node.depth === 2 ? (sections.get(slug) ?? fields.get(slug)) : (fields.get(slug) ?? sections.get(slug));
    if (node.depth === 1 && !outline.title && !step) {
      outline.title = node;
      continue;
    }
    if (!step) {
      if (node.depth === 1 && !outline.title) outline.title = node;
      continue;
    }
    const entry: OutlineEntry = { step, heading: node, body: [], repeat: outline.byKey.has(step.key) };
    outline.entries.push(entry);
    if (!entry.repeat) outline.byKey.set(step.key, entry);
    open = entry;
  }
  return outline;
}
