import type { RootContent } from 'mdast';
import { parseMarkdown, type Template, type TemplateField, type TemplateSection } from '@specmark/template';
import type { SpecFix } from './spec-fix.ts';
import { lineStartOf, nextHeading, type SpecOutline } from './spec-outline.ts';

/**
 * Plan the fixes that add missing `##` sections and `###` fields, each with its template prompt,
 * in template order: before the next section or field that the spec has, else at the end of its
 * section, else at the end of the file — or, when the file ends in an HTML block that never closes
 * (an unclosed `<!--`), just before it, where the block cannot swallow them. A section whose
 * heading was deleted but whose fields remain gets its heading back before its first field.
 *
 * @param template The spec's template.
 * @param outline Where the spec's sections and fields are.
 * @param text The spec's source (normalised).
 * @returns The fixes, in the order their text must appear.
 */
export function planStructureFixes(template: Template, outline: SpecOutline, text: string): SpecFix[] {
  const fixes: SpecFix[] = [];
  const { children } = outline;
  const at = (index: number): number => lineStartOf(text, children[index]!);
  const end = openHtmlAtEnd(children, text);
  let atEnd = false;
  const insertAt = (before: number | undefined, block: string, fix: Omit<SpecFix, 'offset' | 'remove' | 'insert'>): void => {
    const offset = before ?? end;
    if (offset !== undefined) {
      // Before an HTML block that follows other lines directly, the first new block adds a blank line.
      const gap = before === undefined && !atEnd && offset > 0 && !text.endsWith('\n\n', offset) ? '\n' : '';
      if (before === undefined) atEnd = true;
      fixes.push({ ...fix, offset, remove: 0, insert: `${gap}${block}\n\n` });
      return;
    }
    const prefix = atEnd ? '\n' : text === '' ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    atEnd = true;
    fixes.push({ ...fix, offset: text.length, remove: 0, insert: `${prefix}${block}\n` });
  };

  // Where each section starts: its heading, or (heading deleted) its first field still there.
  const sectionStart = new Map<string, number>();
  for (const section of template.sections) {
    const heading = outline.sections.get(section.slug);
    if (heading) sectionStart.set(section.slug, at(heading.index));
    else {
      const first = firstPresentField(section, outline);
      if (first !== undefined) sectionStart.set(section.slug, at(first));
    }
  }
  const startOfLaterSection = (sectionIndex: number): number | undefined => {
    for (const later of template.sections.slice(sectionIndex + 1)) {
      const start = sectionStart.get(later.slug);
      if (start !== undefined) return start;
    }
    return undefined;
  };

  template.sections.forEach((section, sectionIndex) => {
    const heading = outline.sections.get(section.slug);
    const firstField = firstPresentField(section, outline);
    if (!heading && firstField === undefined) {
      insertAt(startOfLaterSection(sectionIndex), sectionBlock(section), { code: 'section-added', params: { section: section.title } });
      return;
    }
    if (!heading) {
      insertAt(at(firstField!), `## ${section.title}`, { code: 'section-added', params: { section: section.title } });
    }
    section.fields.forEach((field, fieldIndex) => {
      if (outline.fields.has(field.slug)) return;
      const later = section.fields.slice(fieldIndex + 1).find((next) => outline.fields.has(next.slug));
      let offset: number | undefined;
      if (later) offset = at(outline.fields.get(later.slug)!.index);
      else {
        const from = heading?.index ?? firstField!;
        const end = nextHeading(children, lastPresentIndex(section, outline, from), 2);
        offset = end === undefined ? undefined : at(end);
      }
      insertAt(offset, fieldBlock(field), { code: 'field-added', params: { field: field.title, section: section.title } });
    });
  });
  return fixes;
}

/**
 * Where an HTML block that ends the file and never closes starts (its line), or `undefined`. Such a
 * block (`<!--` without `-->`, `<script` without `</script>` …) runs to the end of the file, so
 * anything appended would become part of it; whether it does is asked of the parser.
 */
function openHtmlAtEnd(children: readonly RootContent[], text: string): number | undefined {
  const last = children.at(-1);
  if (last?.type !== 'html' || text.slice(last.position?.end.offset ?? 0).trim() !== '') return undefined;
  const start = lineStartOf(text, last);
  const appended = parseMarkdown(`${text.slice(start)}\n\n# Appended\n`);
  return appended.children.some((node) => node.type === 'heading') ? undefined : start;
}

/** The index of the first field heading of a section that the spec has, in document order. */
function firstPresentField(section: TemplateSection, outline: SpecOutline): number | undefined {
  const indexes = section.fields.map((field) => outline.fields.get(field.slug)?.index).filter((index) => index !== undefined);
  return indexes.length === 0 ? undefined : Math.min(...indexes);
}

/** The index of the last heading of a section (its own or one of its fields) in the spec. */
function lastPresentIndex(section: TemplateSection, outline: SpecOutline, from: number): number {
  const indexes = section.fields.map((field) => outline.fields.get(field.slug)?.index).filter((index) => index !== undefined);
  return Math.max(from, ...indexes);
}

/** A whole section, as the template writes it. */
function sectionBlock(section: TemplateSection): string {
  return [`## ${section.title}`, ...section.fields.map(fieldBlock)].join('\n\n');
}

/** A field with its prompt, as the template writes it. */
function fieldBlock(field: TemplateField): string {
  return field.prompt === '' ? `### ${field.title}` : `### ${field.title}\n\n${field.prompt}`;
}
