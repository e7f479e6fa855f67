import type { APIRoute, GetStaticPaths } from 'astro';
import { loadExamples } from '../../lib/examples.ts';

/** Each example spec as a Markdown file, at `/examples/<slug>.md`. */
export const getStaticPaths = (async () => {
  const examples = await loadExamples();
  return examples.map((example) => ({ params: { slug: example.slug }, props: { markdown: example.markdown } }));
}) satisfies GetStaticPaths;

/** Serve the example as Markdown text. */
export const GET: APIRoute = ({ props }) =>
  new Response((props as { markdown: string }).markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
