import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Read the Markdown of a built-in template from the package's `templates/` folder. The file is
 * found through the package's own name, so this also works after a bundler moved this code.
 *
 * @param id Template id.
 * @returns The template's Markdown.
 */
export async function readBuiltInTemplate(id: string): Promise<string> {
  return readFile(fileURLToPath(import.meta.resolve(`@specmark/template/templates/${id}.md`)), 'utf8');
}
