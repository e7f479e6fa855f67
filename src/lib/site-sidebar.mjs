// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);

/**
 * The example specs in `content/examples/`, read from their frontmatter.
 *
 * @returns {{ slug: string, title: string }[]} One entry per `*.md` file, sorted by title.
 */
export function exampleLinks() {
  const dir = new URL('content/examples/', root);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      const data = match ? parse(match[1] ?? '') : {};
      const slug = name.slice(0, -'.md'.length);
      return { slug, title: typeof data?.title === 'string' ? data.title : slug };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * Ids of the lint preset's documented rules: a rule's documentation lives beside it in
 * `packages/remark-preset-lint/src/rules/<id>.docs.ts`, and its page is `/rules/<id>/`.
 *
 * @returns {string[]} Rule ids, sorted.
 */
export function ruleIds() {
  const dir = new URL('packages/remark-preset-lint/src/rules/', root);
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => /^[a-z0-9-]+\.docs\.ts$/.test(name))
    .map((name) => name.slice(0, -'.docs.ts'.length))
    .sort();
}

/**
 * The site's sidebar for Starlight: the template, the editor (with starting from a provider's API
 * description), the examples, the lint preset guides,
 * the pages on coding agents and on adopting Specmark where specs exist, the rules and the reference. Examples and rules are listed from their
 * files, so a new one appears without editing this file.
 *
 * @returns {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']} The sidebar.
 */
export function siteSidebar() {
  const rules = ruleIds();
  return [
    { label: 'The template', link: '/templates/api-integration/' },
    {
      label: 'Editor',
      items: [
        { label: 'Fill in the template', link: '/editor/api-integration/' },
        { label: 'Your team’s own template', link: '/editor/' },
        { label: 'Start from the provider’s API description', link: '/api-description/' },
      ],
    },
    {
      label: 'Examples',
      items: [{ label: 'All examples', link: '/examples/' }, ...exampleLinks().map(({ slug, title }) => ({ label: title, link: `/examples/${slug}/` }))],
    },
    { label: 'Lint preset', items: [{ autogenerate: { directory: 'lint' } }] },
    { label: 'With coding agents', link: '/coding-agents/' },
    { label: 'Adopting in a repository with specs', link: '/adopting/' },
    {
      label: 'Rules',
      collapsed: true,
      items: [{ label: 'All rules', link: '/rules/' }, ...rules.map((id) => ({ label: id, link: `/rules/${id}/` }))],
    },
    { label: 'Reference', items: [{ label: 'Frontmatter schema', link: '/reference/schema/' }] },
  ];
}
