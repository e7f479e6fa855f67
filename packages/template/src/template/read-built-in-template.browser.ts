import type { Template } from './model.ts';

/**
 * Fetch the Markdown of a built-in template, shipped beside the code as an asset.
 *
 * @param id Template id.
 * @returns The template's Markdown.
 */
export async function readBuiltInTemplate(id: string): Promise<string> {
  const urls: Record<string, URL> = {
    'api-integration': new URL('../../templates/api-integration.md', import.meta.url),
  };
  const url = urls[id];
  if (!url) throw new Error(`Unexpected template \`${id}\`, expected a built-in template`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not fetch template \`${id}\`: HTTP ${response.status}`);
  return response.text();
}

/**
 * Browsers have no ahead-of-time model: the template is parsed from its Markdown.
 *
 * @returns `undefined`.
 */
export async function readCompiledTemplate(): Promise<Template | undefined> {
  return undefined;
}
