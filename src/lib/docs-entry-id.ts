/**
 * The id (and so the URL path) of a page in `content/`: its path without extension, without a
 * leading `docs/` folder and without a trailing `/index`; a `slug` in the frontmatter wins.
 *
 * @param options What the glob loader knows of the entry.
 * @param options.entry The file's path relative to `content/` (`docs/lint/cli.mdx`).
 * @param options.data The entry's frontmatter.
 * @returns The id (`lint/cli`); `index` for the home page.
 */
export function docsEntryId({ entry, data }: { entry: string; data: Record<string, unknown> }): string {
  if (typeof data.slug === 'string') return data.slug;
  const id = entry
    .replace(/\.mdx?$/, '')
    .replace(/^docs\//, '')
    .replace(/\/index$/, '')
    .toLowerCase();
  return id === '' ? 'index' : id;
}
