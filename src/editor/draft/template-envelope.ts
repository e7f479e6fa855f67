import type { TemplateFile } from '../model/form-template.ts';

/** Format version of a template carried by a share link or kept in the browser. */
const templateFormat = 1;

/** Longest file name kept with a template, in characters. */
const maxNameLength = 255;

/**
 * Wrap a team's template file for a share link or the browser's storage.
 *
 * @param file The template's file name and Markdown.
 * @returns The envelope (`{v: 1, name, markdown}`).
 */
export function templateEnvelope(file: TemplateFile): { v: number; name: string; markdown: string } {
  return { v: templateFormat, name: file.name, markdown: file.markdown };
}

/**
 * Read a template envelope from untrusted data (a share link, local storage).
 *
 * @param data The parsed JSON.
 * @returns The template's file name and Markdown, or `undefined` when the data is not an envelope
 *   of this format.
 */
export function readTemplateEnvelope(data: unknown): TemplateFile | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const { v, name, markdown } = data as Record<string, unknown>;
  if (v !== templateFormat || typeof name !== 'string' || typeof markdown !== 'string' || name.length > maxNameLength) return undefined;
  return { name, markdown };
}
