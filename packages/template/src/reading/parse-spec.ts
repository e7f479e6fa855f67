import type { RootContent } from 'mdast';
import type { Answers, ChecklistAnswer, ExtraContent, FieldAnswer } from './answers.ts';
import type { Point, Template } from '../template/model.ts';
import { sourceOf } from '../markdown/source-slice.ts';
import { readSpecDocument } from './spec-document.ts';
import { entryItems } from './spec-items.ts';
import { headingText, readSpec, type OutlineEntry, type SpecReading } from './spec-reading.ts';

/** Why some content of a spec could not be mapped to a template field. */
export type UnmappedReason =
  /** Frontmatter that is not valid YAML or not a mapping. */
  | 'frontmatter-invalid'
  /** Content before the `#` heading (MDX imports, notes). */
  | 'before-title'
  /** A heading the template does not have, and what follows it. */
  | 'unknown-heading'
  /** A second `#` heading, or a section or field that already appeared. */
  | 'repeated-heading'
  /** Content between a heading and the first field, or beside the list of a list field. */
  | 'outside-field';

/** Content of a spec that belongs to no template field, reported with where it is. */
export interface UnmappedContent extends ExtraContent {
  /** Why it could not be mapped. */
  reason: UnmappedReason;
  /** Where it starts in the spec (line and column; offsets count from after a BOM, in `\n` text). */
  place: Point;
}

/** The result of {@link parseSpec}. */
export interface ParsedSpec {
  /** What the spec says; its `extras` hold every unmapped piece verbatim. */
  answers: Answers;
  /** The unmapped pieces with their places, for showing to the person. */
  unmapped: UnmappedContent[];
}

interface Block {
  anchor: string;
  reason: UnmappedReason;
  nodes: RootContent[];
  /** The block's Markdown when it is not a slice of the body (raw frontmatter). */
  markdown?: string;
}

/**
 * Read a spec's Markdown back into answers, field by field, through the spec's reading
 * (`readSpec`): headings are matched to the template's sections and fields by their text, at
 * whatever level they stand, exactly as the lint rules and `specmark fix` match them. A field that
 * still shows the template's prompt is unanswered. Nothing is dropped: content that fits no field is
 * kept in `answers.extras` and listed in `unmapped`.
 *
 * @param template The template the spec was written from.
 * @param markdown The spec (frontmatter and body; CRLF, a BOM and MDX are kept).
 * @returns The answers and what could not be mapped.
 */
export function parseSpec(template: Template, markdown: string): ParsedSpec {
  const document = readSpecDocument(markdown);
  const reading = readSpec(template, document);
  const source = document.text;
  const answers: Answers = { fields: {} };
  if (document.format.bom || document.format.lineEnding !== '\n') answers.format = document.format;
  const blocks: Block[] = [];
  const { frontmatter } = document;
  if (frontmatter.node) {
    if (frontmatter.node.value.trim() === '') answers.frontmatter = {};
    else if (frontmatter.data) answers.frontmatter = frontmatter.data;
    else blocks.push({ anchor: 'frontmatter', reason: 'frontmatter-invalid', nodes: [frontmatter.node], markdown: frontmatter.node.value });
  }

  let anchor = 'start';
  for (const region of reading.regions) {
    const { entry, heading } = region;
    if (region.kind === 'before-title') {
      blocks.push({ anchor, reason: 'before-title', nodes: region.body });
    } else if (region.kind === 'title' && heading) {
      const title = headingText(document, heading);
      if (title !== template.titlePrompt) answers.title = title;
      anchor = 'title';
      blocks.push({ anchor, reason: 'outside-field', nodes: region.body });
    } else if (entry && !entry.repeat) {
      anchor = entry.step.key;
      const field = entry.step.field;
      if (!field) blocks.push({ anchor, reason: 'outside-field', nodes: region.body });
      else {
        const answer = readField(reading, entry, blocks);
        if (answer !== undefined) answers.fields[field.slug] = answer;
      }
    } else if (heading) {
      const reason = entry || heading.depth === 1 ? 'repeated-heading' : 'unknown-heading';
      blocks.push({ anchor, reason, nodes: [heading, ...region.body] });
    }
  }

  const unmapped: UnmappedContent[] = [];
  for (const block of blocks.sort((a, b) => offset(a) - offset(b))) {
    const first = block.nodes[0];
    if (!first) continue;
    const text = block.markdown ?? sourceOf(source, block.nodes);
    const start = first.position?.start;
    unmapped.push({ anchor: block.anchor, markdown: text, reason: block.reason, place: { line: start?.line ?? 1, column: start?.column ?? 1, offset: start?.offset ?? 0 } });
  }
  if (unmapped.length > 0) answers.extras = unmapped.map(({ anchor: where, markdown: text }) => ({ anchor: where, markdown: text }));
  return { answers, unmapped };
}

/** Offset of a block's first node. */
function offset(block: Block): number {
  return block.nodes[0]?.position?.start.offset ?? 0;
}

/** Read one field's body into its answer (its items as the reading reads them); content that does not fit goes to `blocks`. */
function readField(reading: SpecReading, entry: OutlineEntry, blocks: Block[]): FieldAnswer | undefined {
  const field = entry.step.field!;
  const body = sourceOf(reading.document.text, entry.body);
  if (body === field.prompt) return undefined;
  if (field.kind === 'prose') return body;
  const others = entry.body.filter((node) => node.type !== 'list');
  if (others.length > 0) blocks.push({ anchor: entry.step.key, reason: 'outside-field', nodes: others });
  const items = entryItems(reading, entry);
  switch (field.kind) {
    case 'questions':
      return items.map((item) => item.question!);
    case 'checklist':
      return items.map((item): ChecklistAnswer => ({ checked: item.checked, text: item.text }));
    default:
      return items.map((item) => item.text);
  }
}
