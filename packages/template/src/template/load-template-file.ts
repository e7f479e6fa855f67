import { readFile } from 'node:fs/promises';
import { isBuiltInTemplate, loadBuiltInTemplate } from './built-in-templates.ts';
import type { Template } from './model.ts';
import { parseTemplate } from './parse-template.ts';

/**
 * Load a team's own template from a Markdown file.
 *
 * @param path Path of the template file.
 * @returns The template model, with `path` set.
 * @throws {TemplateError} When the template is malformed (every problem, with its line).
 * @throws {Error} When the file cannot be read (the message names the path).
 */
export async function loadTemplateFile(path: string): Promise<Template> {
  let markdown: string;
  try {
    markdown = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`Cannot read template file \`${path}\`${code === 'ENOENT' ? ': no such file' : code ? `: ${code}` : ''}`, { cause: error });
  }
  return parseTemplate(markdown, { path });
}

/**
 * Load a template by built-in id or from a file path.
 *
 * @param idOrPath A built-in id (`api-integration`) or the path of a Markdown template.
 * @returns The template model.
 */
export function loadTemplate(idOrPath: string): Promise<Template> {
  return isBuiltInTemplate(idOrPath) ? loadBuiltInTemplate(idOrPath) : loadTemplateFile(idOrPath);
}
