import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { matchKey } from './match-key.ts';
import type { Template } from '../template/model.ts';
import { sourceOf } from '../markdown/source-slice.ts';
import type { SpecDocument } from './spec-document.ts';
import { templateSteps, type OutlineStep } from '../template/template-steps.ts';

/** A heading of the spec matched to a template section or field. */
export interface OutlineEntry {
  /** The template step it matches. */
  step: OutlineStep;
  /** The heading (at any level: a level other than the step's is reported and repaired). */
  heading: Heading;
  /** The heading's index among the tree's top-level children. */
  child: number;
  /** The blocks after the heading, up to the next heading that opens another region. */
  body: RootContent[];
  /** Whether an earlier heading already matched the same step. */
  repeat: boolean;
}

/** What a run of top-level blocks belongs to. */
export type RegionKind =
  /** Blocks before the title (or before the first heading, without a title). */
  | 'before-title'
  /** The `#` title and what follows it up to the first section. */
  | 'title'
  /** A heading that matches a template section or field, and its body. */
  | 'entry'
  /** A heading of level 1 to 3 that matches nothing in the template (a second `#` included). */
  | 'unknown';

/** A heading that opens a region, and the blocks under it. */
export interface Region {
  /** What the region is. */
  kind: RegionKind;
  /** The heading that opens it (none for `before-title`). */
  heading?: Heading;
  /** The match, for an `entry` region. */
  entry?: OutlineEntry;
  /** The blocks of the region after its heading. */
  body: RootContent[];
}

/** A spec read against its template: which heading is which section or field, once for every tool. */
export interface SpecReading {
  /** The spec. */
  document: SpecDocument;
  /** The template it was read against. */
  template: Template;
  /** The template's sections and fields, in order. */
  steps: readonly OutlineStep[];
  /** The first `#` heading: the feature's name. */
  title: Heading | undefined;
  /** The matched headings, in document order, repeats included. */
  entries: OutlineEntry[];
  /** The first matched heading per step key (`field:problem`). */
  byKey: ReadonlyMap<string, OutlineEntry>;
  /** Headings of level 1 to 3 that match no step, besides the title, in document order. */
  unknown: Heading[];
  /** Every top-level block after the frontmatter, in regions, in document order. */
  regions: Region[];
}

const cache = new WeakMap<SpecDocument, WeakMap<Template, SpecReading>>();

/**
 * Read a spec against a template: match its headings to the template's sections and fields by
 * their text through {@link matchKey} (case, punctuation and Markdown marks aside), at whatever
 * level they stand. The first `#` heading is the title. A heading of level 1 to 3 matches the step
 * with its text (a section first at levels 1–2, a field first at level 3); a later heading with
 * the same text is a repeat. A heading of level 4 to 6 is content, unless it is the only heading
 * of a step the spec otherwise lacks. This is the one place where a spec's structure is decided:
 * the lint rules, `specmark fix`, import and the form all read a spec through it.
 *
 * @param template The template.
 * @param document The spec (from `readSpecDocument`).
 * @returns The reading; cached per document and template.
 */
export function readSpec(template: Template, document: SpecDocument): SpecReading {
  let perDocument = cache.get(document);
  if (!perDocument) {
    perDocument = new WeakMap();
    cache.set(document, perDocument);
  }
  let reading = perDocument.get(template);
  if (!reading) {
    reading = build(template, document);
    perDocument.set(template, reading);
  }
  return reading;
}

/**
 * The text of a heading as written (its Markdown, trimmed), or its plain text without positions.
 *
 * @param document The spec.
 * @param heading A heading of the spec.
 * @returns The heading's text.
 */
export function headingText(document: SpecDocument, heading: Heading): string {
  const positioned = heading.children.every((child) => child.position);
  return (positioned ? sourceOf(document.text, heading.children) : toString(heading, { includeHtml: false, includeImageAlt: false })).trim();
}

function build(template: Template, document: SpecDocument): SpecReading {
  const steps = templateSteps(template);
  const sections = new Map<string, OutlineStep>();
  const fields = new Map<string, OutlineStep>();
  for (const step of steps) {
    const byMatch = step.kind === 'section' ? sections : fields;
    if (!byMatch.has(step.match)) byMatch.set(step.match, step);
  }
  const children = document.tree.children;
  const roles = new Map<number, 'title' | 'unknown' | OutlineEntry>();
  const byKey = new Map<string, OutlineEntry>();
  const entries: OutlineEntry[] = [];
  const unknown: Heading[] = [];
  const deep: { heading: Heading; child: number }[] = [];
  let title: Heading | undefined;
  const claim = (step: OutlineStep, heading: Heading, child: number, repeat: boolean): void => {
    const entry: OutlineEntry = { step, heading, child, body: [], repeat };
    roles.set(child, entry);
    entries.push(entry);
    if (!repeat) byKey.set(step.key, entry);
  };

  children.forEach((node, child) => {
    if (node.type !== 'heading') return;
    if (node.depth === 1 && !title) {
      title = node;
      roles.set(child, 'title');
      return;
    }
    if (node.depth > 3) {
      deep.push({ heading: node, child });
      return;
    }
    const key = matchKey(headingText(document, node));
    const step = node.depth <= 2 ? (sections.get(key) ?? fields.get(key)) : (fields.get(key) ?? sections.get(key));
    if (step) claim(step, node, child, byKey.has(step.key));
    else {
      unknown.push(node);
      roles.set(child, 'unknown');
    }
  });
  for (const { heading, child } of deep) {
    const key = matchKey(headingText(document, heading));
    const step = fields.get(key) ?? sections.get(key);
    if (step && !byKey.has(step.key)) claim(step, heading, child, false);
  }
  entries.sort((a, b) => a.child - b.child);

  const regions: Region[] = [{ kind: 'before-title', body: [] }];
  children.forEach((node, child) => {
    if (child === 0 && node.type === 'yaml') return;
    const role = roles.get(child);
    if (role === undefined) regions[regions.length - 1]!.body.push(node);
    else if (role === 'title' || role === 'unknown') regions.push({ kind: role, heading: node as Heading, body: [] });
    else regions.push({ kind: 'entry', heading: role.heading, entry: role, body: role.body });
  });
  return { document, template, steps, title, entries, byKey, unknown, regions };
}
