import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Template } from './model.ts';

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

/**
 * The model of a built-in template parsed ahead of time (`dist/templates/<id>.json`, written by
 * `npm run build`), when it was parsed from exactly this Markdown. Reading it skips parsing the
 * template, most of a one-file check's start-up.
 *
 * @param id Template id.
 * @param markdown The template's Markdown, as read now.
 * @param folder Where the compiled models are (default: this package's `dist/templates/`).
 * @returns The model, or `undefined` when there is none or it is out of date.
 */
export async function readCompiledTemplate(id: string, markdown: string, folder?: URL): Promise<Template | undefined> {
  try {
    const file = new URL(`${id}.json`, folder ?? new URL('dist/templates/', import.meta.resolve('@specmark/template/package.json')));
    const compiled = JSON.parse(await readFile(file, 'utf8')) as Template | null;
    // The model carries the Markdown it was parsed from, verbatim: comparing it is the freshness check.
    return compiled?.source === markdown ? compiled : undefined;
  } catch {
    return undefined;
  }
}

