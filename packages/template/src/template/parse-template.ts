import type { Heading, List, RootContent, Yaml } from 'mdast';
import { listFieldKind } from './field-kind.ts';
import { listItemSource } from '../markdown/list-item-source.ts';
import type { Position, Template, TemplateField, TemplateItem, TemplateSection } from './model.ts';
import { normalizeSource } from '../markdown/normalize-source.ts';
import { parseMarkdown } from '../markdown/parse-markdown.ts';
import { isPrompt } from './prompt.ts';
import { readQuestion } from '../reading/question.ts';
import { readTemplateFrontmatter } from './read-template-frontmatter.ts';
import { slugify } from './slug.ts';
import { sourceOf } from '../markdown/source-slice.ts';
import { TemplateError } from './template-error.ts';
import type { TemplateProblem } from './template-problem.ts';

/** Options for {@link parseTemplate}. */
export interface ParseTemplateOptions {
  /** File the template came from, used in error messages and kept on the model (default: none). */
  path?: string;
}

interface FieldDraft {
  heading: Heading;
  section: TemplateSection;
  body: RootContent[];
}

/**
 * Read a template from its Markdown definition.
 *
 * @param markdown The template's Markdown (a BOM and CRLF line endings are accepted).
 * @param options Where the template came from (default: `{}`).
 * @returns The template model.
 * @throws {TemplateError} When the template is malformed; it lists every problem with its line.
 */
export function parseTemplate(markdown: string, options: ParseTemplateOptions = {}): Template {
  const { text: source } = normalizeSource(markdown);
  const tree = parseMarkdown(source);
  const problems: TemplateProblem[] = [];
  const frontmatterNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  const frontmatter = readTemplateFrontmatter(source, frontmatterNode, problems);

  let titleHeading: Heading | undefined;
  const sections: TemplateSection[] = [];
  const drafts: FieldDraft[] = [];
  const fieldLines = new Map<string, number>();
  let current: FieldDraft | undefined;

  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type !== 'heading') {
      if (current) current.body.push(node);
      else problems.push({ code: 'content-outside-field', params: { actual: describe(node) }, place: start(node) });
      continue;
    }
    current = undefined;
    const title = sourceOf(source, node.children).trim();
    if (node.depth === 1) {
      if (titleHeading) problems.push({ code: 'title-duplicate', params: { first: titleHeading.position?.start.line ?? 0 }, place: start(node) });
      else titleHeading = node;
    } else if (node.depth === 2) {
      sections.push({ slug: slugify(title), title, fields: [], position: position(node) });
    } else if (node.depth === 3) {
      const section = sections[sections.length - 1];
      const first = fieldLines.get(slugify(title));
      if (!section) problems.push({ code: 'field-outside-section', params: { field: title }, place: start(node) });
      else if (first !== undefined) problems.push({ code: 'field-duplicate', params: { field: title, first }, place: start(node) });
      else {
        fieldLines.set(slugify(title), start(node).line);
        current = { heading: node, section, body: [] };
        drafts.push(current);
      }
    } else {
      problems.push({ code: 'heading-depth', params: { depth: node.depth }, place: start(node) });
    }
  }

  if (!titleHeading) problems.push({ code: 'title-missing', params: {}, place: { line: 1, column: 1, offset: 0 } });
  const fields = drafts.map((draft) => readField(source, draft, problems));
  for (const section of sections) {
    if (section.fields.length === 0) problems.push({ code: 'section-empty', params: { section: section.title }, place: section.position.start });
  }
  for (const [slug, { place }] of frontmatter?.fieldOptions ?? []) {
    if (!fieldLines.has(slug)) problems.push({ code: 'frontmatter-field-unknown', params: { slug, fields: [...fieldLines.keys()] }, place });
  }

  if (problems.length > 0 || !frontmatter || !titleHeading) {
    problems.sort((a, b) => a.place.offset - b.place.offset);
    throw new TemplateError(problems, options.path);
  }
  for (const field of fields) field.options = frontmatter.fieldOptions.get(field.slug)?.options ?? {};

  const template: Template = {
    id: frontmatter.id,
    version: frontmatter.version,
    title: frontmatter.title,
    summary: frontmatter.summary,
    useFor: frontmatter.useFor,
    titlePrompt: sourceOf(source, titleHeading.children).trim(),
    sections,
    fields,
    changes: frontmatter.changes,
    source: markdown,
  };
  if (options.path !== undefined) template.path = options.path;
  return template;
}

/** Build one field from its heading and body, adding it to its section. */
function readField(source: string, draft: FieldDraft, problems: TemplateProblem[]): TemplateField {
  const title = sourceOf(source, draft.heading.children).trim();
  const field: TemplateField = {
    slug: slugify(title),
    title,
    section: draft.section.slug,
    kind: 'prose',
    prompt: sourceOf(source, draft.body),
    items: [],
    options: {},
    position: position(draft.heading),
  };
  draft.section.fields.push(field);
  const [block, ...rest] = draft.body;
  if (!block) {
    problems.push({ code: 'field-empty', params: { field: title }, place: start(draft.heading) });
  } else if (rest.length > 0 || (block.type !== 'paragraph' && block.type !== 'list')) {
    const odd = rest[0] ?? block;
    problems.push({ code: 'field-body', params: { field: title, actual: describe(odd) }, place: start(odd) });
  } else if (block.type === 'list') {
    readItems(source, field, block);
  }
  return field;
}

/** Fill in a list-bodied field's kind and items. */
function readItems(source: string, field: TemplateField, list: List): void {
  const items = list.children.map((item) => listItemSource(source, item));
  field.kind = listFieldKind(list, items);
  field.items = list.children.map((item, index): TemplateItem => {
    const text = items[index]?.text ?? '';
    const shown = field.kind === 'questions' ? readQuestion(text).question : text;
    return { text: shown, prompt: field.kind !== 'questions' && isPrompt(text), position: position(item) };
  });
}

/** Name a block for a message. */
function describe(node: RootContent): string {
  return node.type === 'html' ? 'HTML' : node.type === 'thematicBreak' ? 'thematic break' : node.type;
}

function start(node: RootContent): Position['start'] {
  return position(node).start;
}

function position(node: RootContent): Position {
  const { start: s, end: e } = node.position ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  return { start: { line: s.line, column: s.column, offset: s.offset ?? 0 }, end: { line: e.line, column: e.column, offset: e.offset ?? 0 } };
}
