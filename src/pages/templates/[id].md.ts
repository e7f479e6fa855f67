import { blankSpec } from '@specmark/template';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteTemplates } from '../../lib/templates.ts';

/** One blank spec per built-in template, at `/templates/<id>.md`. */
export const getStaticPaths = (async () => {
  const templates = await loadSiteTemplates();
  return templates.map((template) => ({ params: { id: template.id }, props: { markdown: blankSpec(template) } }));
}) satisfies GetStaticPaths;

/** Serve the blank spec as Markdown text. */
export const GET: APIRoute = ({ props }) =>
  new Response((props as { markdown: string }).markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
