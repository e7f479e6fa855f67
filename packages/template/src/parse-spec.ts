import type { Heading, List, RootContent, Yaml } from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { Answers, ChecklistAnswer, ExtraContent, FieldAnswer } from './answers.ts';
import { listItemSource } from './list-item-source.ts';
import type { Point, Template, TemplateField } from './model.ts';
import { normalizeSource } from './normalize-source.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { readQuestion } from './question.ts';
import { slugify } from './slug.ts';
import { sourceOf } from './source-slice.ts';

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
  /** Where it starts in the spec (line and column; offsets count from after a BOM). */
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
 * Read a spec's Markdown back into answers, field by field. Headings are matched to the template
 * by their text (`##` sections, `###` fields) wherever they stand; a field that still shows the
 * template's prompt is unanswered. Nothing is dropped: content that fits no field is kept in
 * `answers.extras` and listed in `unmapped`.
 *
 * @param template The template the spec was written from.
 * @param markdown The spec (frontmatter and body; CRLF, a BOM and MDX are kept).
 * @returns The answers and what could not be mapped.
 */
export function parseSpec(template: Template, markdown: string): ParsedSpec {
  const { text: source, format } = normalizeSource(markdown);
  const tree = parseMarkdown(source);
  const answers: Answers = { fields: {} };
  if (format.bom || format.lineEnding !== '\n') answers.format = format;
  const blocks: Block[] = [];
  const fieldsByTitle = new Map(template.fields.map((field) => [slugify(field.title), field]));
  const sectionsByTitle = new Map(template.sections.map((section) => [slugify(section.title), section]));
  const seen = new Set<string>();
  let anchor = 'start';
  let target: { field: TemplateField; nodes: RootContent[] } | Block = { anchor, reason: 'before-title', nodes: [] };
  const fieldBodies: { field: TemplateField; nodes: RootContent[] }[] = [];

  const open = (next: typeof target): void => {
    target = next;
    if ('field' in next) fieldBodies.push(next);
    else blocks.push(next);
  };
  blocks.push(target as Block);

  for (const node of tree.children) {
    if (node.type === 'yaml' && node === tree.children[0]) {
      readFrontmatter(node, answers, blocks);
      continue;
    }
    if (node.type === 'heading' && node.depth <= 3) {
      const key = slugify(headingText(source, node));
      const match = node.depth === 1 ? 'title' : node.depth === 2 ? sectionsByTitle.get(key) : fieldsByTitle.get(key);
      const id = match === 'title' ? 'title' : match && ('fields' in match ? `section:${match.slug}` : `field:${match.slug}`);
      if (id && !seen.has(id)) {
        seen.add(id);
        anchor = id;
        if (match === 'title') {
          const title = headingText(source, node);
          if (title !== template.titlePrompt) answers.title = title;
          open({ anchor, reason: 'outside-field', nodes: [] });
        } else if (match && 'kind' in match) {
          open({ field: match, nodes: [] });
        } else {
          open({ anchor, reason: 'outside-field', nodes: [] });
        }
        continue;
      }
      open({ anchor, reason: id ? 'repeated-heading' : 'unknown-heading', nodes: [node] });
      continue;
    }
    target.nodes.push(node);
  }

  for (const body of fieldBodies) {
    const answer = readField(source, body.field, body.nodes, blocks, `field:${body.field.slug}`);
    if (answer !== undefined) answers.fields[body.field.slug] = answer;
  }

  const unmapped: UnmappedContent[] = [];
  for (const block of blocks.sort((a, b) => offset(a) - offset(b))) {
    const first = block.nodes[0];
    if (!first) continue;
    const markdown = block.markdown ?? sourceOf(source, block.nodes);
    const start = first.position?.start;
    unmapped.push({ anchor: block.anchor, markdown, reason: block.reason, place: { line: start?.line ?? 1, column: start?.column ?? 1, offset: start?.offset ?? 0 } });
  }
  if (unmapped.length > 0) answers.extras = unmapped.map(({ anchor: where, markdown: text }) => ({ anchor: where, markdown: text }));
  return { answers, unmapped };
}

/** The text of a heading, verbatim. */
function headingText(source: string, heading: Heading): string {
  return sourceOf(source, heading.children).trim();
}

/** Offset of a block's first node. */
function offset(block: Block): number {
  return block.nodes[0]?.position?.start.offset ?? 0;
}

/** Read frontmatter YAML into the answers, or keep it as an unmapped block when it is not a mapping. */
function readFrontmatter(node: Yaml, answers: Answers, blocks: Block[]): void {
  const yaml = node.value;
  try {
    const data: unknown = yaml.trim() === '' ? {} : parseYaml(yaml, { maxAliasCount: 100, logLevel: 'error' });
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      answers.frontmatter = data as Record<string, unknown>;
      return;
    }
  } catch {
    // Kept verbatim below.
  }
  blocks.push({ anchor: 'frontmatter', reason: 'frontmatter-invalid', nodes: [node], markdown: node.value });
}

/** Read one field's body into its answer; content that does not fit goes to `blocks`. */
function readField(source: string, field: TemplateField, nodes: RootContent[], blocks: Block[], anchor: string): FieldAnswer | undefined {
  const body = sourceOf(source, nodes);
  if (body === field.prompt) return undefined;
  if (field.kind === 'prose') return body;
  const lists = nodes.filter((node): node is List => node.type === 'list');
  const others = nodes.filter((node) => node.type !== 'list');
  if (others.length > 0) blocks.push({ anchor, reason: 'outside-field', nodes: others });
  const items = lists.flatMap((list) => list.children.map((item) => listItemSource(source, item)));
  switch (field.kind) {
    case 'questions':
      return items.map((item) => readQuestion(item.text));
    case 'checklist':
      return items.map((item): ChecklistAnswer => ({ checked: item.checked, text: item.text }));
    default:
      return items.map((item) => item.text);
  }
}
