import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadBuiltInTemplate, type Template } from '@specmark/template';
import { filledSpec } from '@specmark/test-support/specs/filled-spec.ts';

/** The built-in template the fixtures follow. */
export function apiTemplate(): Promise<Template> {
  return loadBuiltInTemplate('api-integration');
}

/**
 * A complete spec with one guardrail deleted: the first required item of the first checklist field.
 *
 * @param template The template.
 * @param spec A complete spec of it.
 * @returns The spec without that line, and the item's text.
 */
export function withoutGuardrail(template: Template, spec: string): { markdown: string; item: string } {
  const item = template.fields.find((field) => field.kind === 'checklist' && field.items.some((each) => !each.prompt))!.items.find((each) => !each.prompt)!.text;
  const line = `- [x] ${item}\n`;
  if (!spec.includes(line)) throw new Error('fixture: guardrail line not found');
  return { markdown: spec.replace(line, ''), item };
}

/**
 * A complete spec with one whole section (heading, fields and answers) deleted: the last one.
 *
 * @param template The template.
 * @param spec A complete spec of it.
 * @returns The spec without the section.
 */
export function withoutLastSection(template: Template, spec: string): string {
  const section = template.sections[template.sections.length - 1]!;
  const start = spec.indexOf(`\n## ${section.title}\n`);
  if (start === -1) throw new Error('fixture: section not found');
  return spec.slice(0, start + 1).replace(/\n+$/, '\n');
}

/**
 * A spec still in draft whose first prose field shows its template prompt.
 *
 * @param template The template.
 * @param spec A complete spec of it.
 * @returns The draft.
 */
export function draftWithPrompt(template: Template, spec: string): string {
  const field = template.fields.find((each) => each.kind === 'prose')!;
  const heading = `### ${field.title}\n\n`;
  const start = spec.indexOf(heading) + heading.length;
  const end = spec.indexOf('\n', start);
  return (spec.slice(0, start) + field.prompt + spec.slice(end)).replace('status: approved', 'status: draft');
}

/**
 * Write files into a folder.
 *
 * @param folder The folder.
 * @param files Contents by relative path.
 */
export async function writeFiles(folder: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), content);
  }
}

export { filledSpec };

/**
 * A spec whose open questions are replaced by the given ones, unchecked.
 *
 * @param spec A complete spec.
 * @param questions The questions' text.
 * @returns The spec, still `approved`, so that each question gets a message quoting it.
 */
export function withOpenQuestions(spec: string, questions: readonly string[]): string {
  const heading = spec.indexOf('### Open questions\n');
  const end = spec.indexOf('\n## ', heading);
  if (heading === -1 || end === -1) throw new Error('fixture: open questions not found');
  return `${spec.slice(0, heading)}### Open questions\n\n${questions.map((question) => `- [ ] ${question}`).join('\n')}\n${spec.slice(end)}`;
}
