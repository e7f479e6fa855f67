import { readFile } from 'node:fs/promises';
import type { SpecFrontmatter } from '@specmark/schema';
import { parseSpec, type Template } from '@specmark/template';
import { getCollection } from 'astro:content';
import { toFormTemplate } from '../editor/model/form-template.ts';
import { draftEnvelope } from '../editor/draft/read-draft.ts';
import { encodeShareFragment } from '../editor/draft/share-link.ts';

/** An example spec from `content/examples/`. */
export interface Example {
  /** File name without `.md`; the page is `/examples/<slug>/`. */
  slug: string;
  /** The validated frontmatter. */
  data: SpecFrontmatter;
  /** The file's Markdown, verbatim. */
  markdown: string;
}

/**
 * Every example spec, sorted by title. Their frontmatter has been validated by the content
 * collection's schema, so an invalid example fails the build.
 *
 * @returns The examples.
 */
export async function loadExamples(): Promise<Example[]> {
  const entries = await getCollection('examples');
  const examples = await Promise.all(
    entries.map(async (entry) => {
      if (!entry.filePath) throw new Error(`Unexpected example \`${entry.id}\` without a file, expected a file in content/examples/`);
      return { slug: entry.id, data: entry.data, markdown: await readFile(entry.filePath, 'utf8') };
    }),
  );
  return examples.sort((a, b) => (a.data.title ?? a.slug).localeCompare(b.data.title ?? b.slug));
}

/**
 * The address that opens an example in the template's editor: the editor's page with the example
 * as a share link in the URL fragment (the fragment never reaches a server).
 *
 * @param template The example's template.
 * @param markdown The example's Markdown.
 * @returns The path and fragment (`/editor/api-integration/#draft=…`).
 */
export async function editorLink(template: Template, markdown: string): Promise<string> {
  const { answers } = parseSpec(template, markdown);
  return `/editor/${template.id}/#${await encodeShareFragment(draftEnvelope(toFormTemplate(template), answers))}`;
}

/**
 * A one-line description of an example, for its meta description and the examples list.
 *
 * @param example The example.
 * @returns The description.
 */
export function exampleDescription(example: Example): string {
  const { provider, status } = example.data;
  return `A filled API integration spec for ${example.data.title} (${provider ?? 'internal'}, status ${status}), to read, copy, download or open in the editor.`;
}
