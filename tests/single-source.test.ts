import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { chooseTemplate, loadBuiltInTemplate, readSpecDocument, type Template } from '@specmark/template';
import { expect, test } from 'vitest';

const root = new URL('../', import.meta.url);
const templateFile = 'packages/template/templates/api-integration.md';

/**
 * Spec files (as every tool decides it: `chooseTemplate`) necessarily repeat the template's items,
 * and so do the kept fuzz inputs, which are specs cut, shuffled and damaged.
 */
function isSpec(path: string, text: string, template: Template): boolean {
  return (/\.mdx?$/.test(path) && chooseTemplate(readSpecDocument(text), [template]).status !== 'none') || /\/test\/fixtures\/fuzz-regressions\//.test(path);
}

test('no prompt, question or checklist item of the template is written anywhere but the template file', async () => {
  const template = await loadBuiltInTemplate('api-integration');
  const texts = [template.titlePrompt, ...template.fields.map((field) => field.prompt), ...template.fields.flatMap((field) => field.items.map((item) => item.text))]
    .flatMap((text) => text.split('\n'))
    .map((line) => line.replace(/^- (\[ \] )?/, '').trim())
    .filter((line) => line.length > 20);
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((path) => path !== '' && path !== templateFile && !path.endsWith('package-lock.json'));
  const repeats: string[] = [];
  for (const path of files) {
    const text = await readFile(new URL(path, root), 'utf8').catch(() => '');
    if (isSpec(path, text, template)) continue;
    for (const line of texts) if (text.includes(line)) repeats.push(`${path}: ${line}`);
  }
  expect(repeats).toEqual([]);
});

/** Product code: every package's `src/`, the site's `src/`, the Action and the scripts (tests may build their inputs any way). */
const productCode = (path: string): boolean => /^(?:packages\/[^/]+\/src\/|src\/|action\/src\/|scripts\/)/.test(path) && /\.(?:ts|tsx|mts|mjs|js|astro)$/.test(path);

/** Each import of a module in a file, with the names it takes (`import { a, b } from 'm'` → `a b`). */
function importsOf(text: string, module: string): string[] {
  const quoted = module.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return [...text.matchAll(new RegExp(`import\\s+(?:type\\s+)?([^;]*?)\\s+from\\s+['"]${quoted}['"]`, 'g'))].map((match) => match[1]!);
}

test('one YAML reader and one micromark set-up: no product code but `readYaml` parses YAML, none but `parseMarkdown` calls micromark', async () => {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\n').filter(productCode);
  const readers: string[] = [];
  for (const path of files) {
    const text = await readFile(new URL(path, root), 'utf8').catch(() => '');
    // `yaml` may be imported for its node type guards and for writing; parsing is `readYaml`'s alone.
    // The one exception is the site's configuration: Astro loads it before any workspace package can
    // be (they are TypeScript sources), and it reads only the examples' `title` for the sidebar.
    if (path !== 'packages/template/src/markdown/read-yaml.ts' && path !== 'src/lib/site-sidebar.mjs') {
      for (const names of importsOf(text, 'yaml')) if (/\b(?:parse|parseDocument|parseAllDocuments|Parser|Lexer|Composer)\b/.test(names) || names.startsWith('*')) readers.push(`${path}: yaml ${names}`);
    }
    if (path !== 'packages/template/src/markdown/parse-markdown.ts') {
      for (const module of ['mdast-util-from-markdown', 'micromark', 'micromark-extension-gfm', 'micromark-extension-frontmatter']) if (importsOf(text, module).length > 0) readers.push(`${path}: ${module}`);
    }
  }
  expect(readers).toEqual([]);
});
