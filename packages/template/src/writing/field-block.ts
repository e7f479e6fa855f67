import type { TemplateField } from '../template/model.ts';

/**
 * A field as a spec writes it: its `###` heading, then its body (the template's prompt unless
 * given) after a blank line, or the heading alone when the body is empty. `renderSpec` and the
 * repair plan write fields through this.
 *
 * @param field The field.
 * @param body The field's body (default: its prompt).
 * @returns The Markdown, without a final line break.
 */
export function fieldBlock(field: Pick<TemplateField, 'title' | 'prompt'>, body: string = field.prompt): string {
  return body === '' ? `### ${field.title}` : `### ${field.title}\n\n${body}`;
}
