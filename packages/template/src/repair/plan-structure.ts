import type { Heading, RootContent } from 'mdast';
import { fieldBlock } from '../writing/field-block.ts';
import { lineStart } from '../markdown/line-start.ts';
import type { TemplateSection } from '../template/model.ts';
import { parseMarkdown } from '../markdown/parse-markdown.ts';
import type { Repair } from './repair.ts';
import { headingText, type OutlineEntry, type SpecReading } from '../reading/spec-reading.ts';

/**
 * Plan the repairs of a spec's headings: a missing title; a section or field heading at another
 * level (its level is changed, never a second heading added); missing `##` sections and `###`
 * fields, each with its template prompt, in template order — before the next field of its section
 * that the spec has, else at the end of its section, else after the file's last block (or, when the
 * file ends in an HTML block or code fence that never closes, before it, where it cannot swallow
 * them). A section whose heading was deleted but whose fields remain gets its
 * heading back before its first field.
 *
 * @param reading The spec's reading.
 * @returns The repairs, in the order their text must appear.
 */
export function planStructure(reading: SpecReading): Repair[] {
  const { document, template, byKey } = reading;
  const { text } = document;
  const children = document.tree.children;
  const repairs: Repair[] = [];
  let end: { after: number } | { before: number } | undefined;
  // What goes in at one place goes in the order of the document it completes: what ends a section
  // (its last fields), then a whole missing section, then a section's heading, then the fields
  // before a field of the same section — whatever the order of the template's sections.
  const phases = new Map<Repair, number>();
  const insert = (before: number | undefined, block: string, repair: Omit<Repair, 'start' | 'end' | 'text'>, phase: number): void => {
    end ??= fileEnd(children, text);
    const at = before ?? ('before' in end ? end.before : undefined);
    const planned = at !== undefined ? { ...repair, start: at, end: at, text: `${block}\n\n` } : 'after' in end ? { ...repair, start: end.after, end: end.after, text: `\n\n${block}` } : undefined;
    if (!planned) return;
    repairs.push(planned);
    phases.set(planned, phase);
  };
  const lineOf = (node: RootContent): number => lineStart(text, node.position?.start.offset ?? 0);

  if (!reading.title) {
    const first = children.find((node, index) => !(index === 0 && node.type === 'yaml'));
    insert(first ? lineOf(first) : undefined, `# ${template.titlePrompt}`, { code: 'title-added', target: 'title', params: {} }, 0);
  }

  for (const step of reading.steps) {
    const entry = byKey.get(step.key);
    if (!entry || entry.heading.depth === step.depth || !entry.heading.position) continue;
    const start = entry.heading.position.start.offset ?? 0;
    const end = entry.heading.position.end.offset ?? start;
    const written = text.slice(start, end);
    const marks = /^#+/.exec(written)?.[0].length ?? 0;
    const heading = marks > 0 ? '#'.repeat(step.depth) + written.slice(marks) : `${'#'.repeat(step.depth)} ${headingText(document, entry.heading)
            .split('\n')
            .map((line) => line.trim())
            .join(' ')}`;
    repairs.push({ code: 'heading-level', target: `heading:${step.key}`, params: { kind: step.kind, title: step.title, from: entry.heading.depth, to: step.depth }, start, end, text: heading });
  }

  const present = (key: string): OutlineEntry | undefined => byKey.get(key);
  const sectionEntries = (section: TemplateSection): OutlineEntry[] =>
    [present(`section:${section.slug}`), ...section.fields.map((field) => present(`field:${field.slug}`))].filter((entry) => entry !== undefined);
  const startOfLaterSection = (index: number): number | undefined => {
    for (const later of template.sections.slice(index + 1)) {
      const first = sectionEntries(later).sort((a, b) => a.child - b.child)[0];
      if (first) return lineOf(first.heading);
    }
    return undefined;
  };
  // Needed only when a section's last field is missing: found then, once.
  let boundaries: Map<number, TemplateSection | null> | undefined;
  const sectionEnd = (section: TemplateSection): number | undefined => {
    boundaries ??= sectionBoundaries(reading);
    const last = Math.max(...sectionEntries(section).map((entry) => entry.child));
    for (let child = last + 1; child < children.length; child++) {
      const owner = boundaries.get(child);
      if (owner !== undefined && owner !== section) return lineOf(children[child]!);
    }
    return undefined;
  };

  template.sections.forEach((section, sectionIndex) => {
    const heading = present(`section:${section.slug}`);
    const fields = section.fields.map((field) => present(`field:${field.slug}`)).filter((entry) => entry !== undefined);
    const params = { section: section.title };
    if (!heading && fields.length === 0) {
      insert(startOfLaterSection(sectionIndex), sectionBlock(section), { code: 'section-added', target: `section:${section.slug}`, params: { ...params, withFields: 1 } }, 2);
      return;
    }
    if (!heading) {
      const first = fields.sort((a, b) => a.child - b.child)[0]!;
      insert(lineOf(first.heading), `## ${section.title}`, { code: 'section-added', target: `section:${section.slug}`, params: { ...params, withFields: 0 } }, 3);
    }
    section.fields.forEach((field, fieldIndex) => {
      if (present(`field:${field.slug}`)) return;
      const later = section.fields
        .slice(fieldIndex + 1)
        .map((next) => present(`field:${next.slug}`))
        .find((entry) => entry !== undefined);
      insert(later ? lineOf(later.heading) : sectionEnd(section), fieldBlock(field), {
        code: 'field-added',
        target: `field:${field.slug}`,
        params: { field: field.title, section: section.title },
      }, later ? 4 : 1);
    });
  });
  // Stable: in one phase, template order.
  return repairs.map((repair, index) => ({ repair, index })).sort((a, b) => a.repair.start - b.repair.start || phases.get(a.repair)! - phases.get(b.repair)! || a.index - b.index).map(({ repair }) => repair);
}

/**
 * The headings after which a section cannot go on, by top-level index: a heading of another
 * section or of one of its fields (mapped to that section), or a title or unknown heading of level
 * 1 or 2 (mapped to `null`).
 */
function sectionBoundaries(reading: SpecReading): Map<number, TemplateSection | null> {
  const boundaries = new Map<number, TemplateSection | null>();
  for (const entry of reading.entries) boundaries.set(entry.child, entry.step.section);
  const ends = new Set(reading.regions.filter((region) => (region.kind === 'title' || region.kind === 'unknown') && region.heading && region.heading.depth <= 2).map((region) => region.heading));
  // One pass over the blocks, not one search per heading.
  reading.document.tree.children.forEach((node, child) => {
    if (ends.has(node as Heading)) boundaries.set(child, null);
  });
  return boundaries;
}

/**
 * Where blocks go at the end of a file: right after its last block, so that whatever ends the file
 * (its last line break, or none) still ends it — or, when the last block runs to the end of the
 * file and would swallow anything appended (an HTML block or a code fence that never closes), after
 * the block before it. A file without such a block gets them from its start (before the one block).
 */
function fileEnd(children: readonly RootContent[], text: string): { after: number } | { before: number } {
  const last = children.at(-1);
  if (!last) return { before: 0 };
  const tail = swallowingTail(last, text);
  if (tail === undefined) return { after: last.position?.end.offset ?? text.length };
  const previous = children.at(-2);
  return previous ? { after: previous.position?.end.offset ?? 0 } : { before: tail };
}

/**
 * Where the last block starts (its line) when it runs to the end of the file and would swallow
 * anything appended — an HTML block that never closes (`<!--` without `-->`), a code fence that
 * never closes —, or `undefined`. Whether it does is asked of the parser.
 */
function swallowingTail(last: RootContent, text: string): number | undefined {
  if (last.type !== 'html' && last.type !== 'code') return undefined;
  if (text.slice(last.position?.end.offset ?? 0).trim() !== '') return undefined;
  const start = lineStart(text, last.position?.start.offset ?? 0);
  const appended = parseMarkdown(`${text.slice(start)}\n\n# Appended\n`);
  return appended.children.some((node) => node.type === 'heading') ? undefined : start;
}

/** A whole section, as the template writes it. */
function sectionBlock(section: TemplateSection): string {
  return [`## ${section.title}`, ...section.fields.map((field) => fieldBlock(field))].join('\n\n');
}

