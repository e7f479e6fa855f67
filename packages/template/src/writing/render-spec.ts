import type { Answers, FieldAnswer, QuestionAnswer, ChecklistAnswer } from '../reading/answers.ts';
import { fieldBlock } from './field-block.ts';
import { frontmatterBlock } from './frontmatter-block.ts';
import type { Template, TemplateField, TemplateSection } from '../template/model.ts';
import { applyFormat } from '../markdown/normalize-source.ts';
import { writeQuestion } from '../reading/question.ts';

/**
 * The parts of a template that {@link renderSpec} reads. A `Template` has them all; so does any
 * smaller view of one that keeps the titles, prompts and field kinds (such as a form's).
 */
export interface TemplateOutline {
  /** The prompt for the spec's `#` heading. */
  titlePrompt: Template['titlePrompt'];
  /** Sections in template order, each with its fields. */
  sections: readonly (Pick<TemplateSection, 'slug' | 'title'> & { fields: readonly Pick<TemplateField, 'slug' | 'title' | 'kind' | 'prompt'>[] })[];
}

/**
 * Write a spec from answers: frontmatter, the `#` title, every section and field of the template
 * in order, and any extra content after its anchor. An unanswered field shows the template's
 * prompt, so a spec with no answers is the blank template. Blocks are separated by one blank line
 * and the file ends with a line break.
 *
 * @param template The template to follow (a `Template`, or any {@link TemplateOutline} of one).
 * @param answers What the spec says.
 * @returns The spec's Markdown, in the answers' line ending and BOM (default: `\n`, no BOM).
 */
export function renderSpec(template: TemplateOutline, answers: Answers): string {
  const extras = new Map<string, string[]>();
  for (const extra of answers.extras ?? []) extras.set(extra.anchor, [...(extras.get(extra.anchor) ?? []), extra.markdown]);
  const after = (anchor: string): string[] => extras.get(anchor) ?? [];

  const blocks: string[] = [];
  const rawFrontmatter = after('frontmatter')[0];
  if (answers.frontmatter) blocks.push(frontmatterBlock(answers.frontmatter));
  else if (rawFrontmatter !== undefined) blocks.push(`---\n${rawFrontmatter}\n---`);
  blocks.push(...after('start'));
  blocks.push(`# ${answers.title ?? template.titlePrompt}`, ...after('title'));
  for (const section of template.sections) {
    blocks.push(`## ${section.title}`, ...after(`section:${section.slug}`));
    for (const field of section.fields) {
      const answer = answers.fields[field.slug];
      blocks.push(fieldBlock(field, answer === undefined ? field.prompt : fieldBody(field, answer)), ...after(`field:${field.slug}`));
    }
  }
  return applyFormat(blocks.join('\n\n') + '\n', answers.format);
}

/** A field's body from its answer. */
function fieldBody(field: Pick<TemplateField, 'kind'>, answer: FieldAnswer): string {
  if (typeof answer === 'string') return answer.trim();
  if (field.kind === 'questions') return (answer as QuestionAnswer[]).map((item) => listItem(writeQuestion(item))).join('\n');
  if (field.kind === 'checklist') {
    return (answer as ChecklistAnswer[])
      .map((item) => listItem(item.checked === undefined ? item.text : `[${item.checked ? 'x' : ' '}] ${item.text}`.trimEnd()))
      .join('\n');
  }
  return (answer as string[]).map((item) => listItem(item)).join('\n');
}

/** A `-` list item, continuation lines indented under the marker. */
function listItem(text: string): string {
  const [first = '', ...rest] = text.trim().split('\n');
  return [first === '' ? '-' : `- ${first}`, ...rest.map((line) => (line === '' ? '' : `  ${line}`))].join('\n');
}
