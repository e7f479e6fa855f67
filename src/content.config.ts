import { docsSchema } from '@astrojs/starlight/schema';
import { specFrontmatterSchema } from '@specmark/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsEntryId } from './lib/docs-entry-id.ts';

/**
 * Site content lives in the top-level `content/` folder:
 *
 * - `docs`: the pages Starlight renders (home, the template, the lint preset guides); a page's
 *   URL is its path under `content/`, without the `docs/` folder;
 * - `examples`: filled example specs, whose frontmatter must be a valid spec frontmatter.
 */
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: ['index.mdx', '404.md', 'templates/*.mdx', 'docs/**/*.{md,mdx}'], generateId: docsEntryId }),
    schema: docsSchema(),
  }),
  examples: defineCollection({
    loader: glob({ base: './content/examples', pattern: '*.md' }),
    schema: specFrontmatterSchema,
  }),
};
