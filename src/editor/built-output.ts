import { renderSpec, type Template } from '@specmark/template';
import { toFormTemplate } from './model/form-template.ts';
import { specAnswers } from './model/spec-answers.ts';
import { blockHtml } from './preview/block-html.ts';
import { splitBlocks } from './preview/split-blocks.ts';
import { lintSpec } from './worker/lint-spec.ts';
import type { LintResult } from './worker/worker-protocol.ts';

/**
 * The blank spec as the editor shows it before anything is typed, made when the site is built:
 * the page shows its preview and lint results at once, and loads neither the renderer nor the
 * worker until the person edits.
 */
export interface BuiltOutput {
  /** The blank spec's Markdown. */
  markdown: string;
  /** The preview's HTML of each of its blocks (`splitBlocks`), empty ones included. */
  html: string[];
  /** Its lint results from the preset. */
  results: LintResult[];
}

/**
 * Render and lint the blank spec of a template, as the editor would in the browser.
 *
 * @param template The template.
 * @param titleInFrontmatter Whether the schema has a `title` key (as the form is told).
 * @returns The blank spec's Markdown, preview and lint results.
 */
export async function builtOutput(template: Template, titleInFrontmatter: boolean): Promise<BuiltOutput> {
  const markdown = renderSpec(template, specAnswers(toFormTemplate(template), { fields: {} }, titleInFrontmatter));
  return { markdown, html: splitBlocks(markdown).map(blockHtml), results: await lintSpec(template, markdown) };
}
