import { chooseTemplate, readSpecDocument, sniffTemplateChoice, type Template } from '@specmark/template';

/**
 * Whether a file found in a folder is a spec, as every tool decides it (`chooseTemplate` of
 * `@specmark/template`): a quick look at its frontmatter and words first, the whole reading only
 * when the quick look cannot tell (a file whose frontmatter names no known template but whose text
 * holds a template's section titles). Files named one by one are checked without asking.
 *
 * @param text The file's text.
 * @param templates The known templates, the configured one first.
 * @returns `true` for a spec.
 */
export function isSpecFile(text: string, templates: readonly Template[]): boolean {
  const choice = sniffTemplateChoice(text, templates) ?? chooseTemplate(readSpecDocument(text), templates);
  return choice.status !== 'none';
}
