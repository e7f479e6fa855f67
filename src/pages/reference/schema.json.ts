import { frontmatterJsonSchema } from '@specmark/schema';
import type { APIRoute } from 'astro';

/** The frontmatter JSON Schema (draft 2020-12), generated from the zod schema, at `/reference/schema.json`. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(frontmatterJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
