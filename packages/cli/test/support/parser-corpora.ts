import { readdirSync, readFileSync } from 'node:fs';
import remarkPresetSpecmarkLint from '@specmark/remark-preset-lint';
import type { Template } from '@specmark/template';
import type { Nodes } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { markdownToMdast } from 'satteri';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { filledSpec } from '@specmark/test-support/specs/filled-spec.ts';
import { toLintMessage, type LintMessage } from '../../src/check/lint-message.ts';
import { nativeParser } from '../../src/check/native-parser.ts';
import { withoutGuardrail } from './spec-fixtures.ts';

const repo = new URL('../../../../', import.meta.url);

/** remark-parse with remark-frontmatter (YAML) and remark-gfm: the trees `fix` and the preset read. */
export const remarkProcessor = unified().use(remarkParse).use(remarkFrontmatter, 'yaml').use(remarkGfm).freeze();

/** The same plugins with Sätteri as the parser: the trees the command line lints. */
export const nativeProcessor = unified().use(remarkFrontmatter, 'yaml').use(remarkGfm).use(nativeParser(markdownToMdast)).freeze();

/**
 * Every Markdown file of a folder of the repository, by name.
 *
 * @param folder The folder, relative to the repository root, ending in `/`.
 * @returns Name and text of each file.
 */
export function markdownIn(folder: string): [string, string][] {
  const url = new URL(folder, repo);
  return readdirSync(url)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => [`${folder}${name}`, readFileSync(new URL(name, url), 'utf8')]);
}

/**
 * Real specs: the site's examples, the test fixtures, the template itself, and generated variants
 * like the benchmark's.
 *
 * @param template The built-in template.
 * @returns Name and text of each spec.
 */
export function wellFormedSpecs(template: Template): [string, string][] {
  return [
    ...markdownIn('content/examples/'),
    ...markdownIn('packages/remark-preset-lint/test/fixtures/'),
    ...markdownIn('packages/template/test/fixtures/'),
    ['packages/template/templates/api-integration.md', readFileSync(new URL('packages/template/templates/api-integration.md', repo), 'utf8')],
    ...Array.from({ length: 40 }, (_, index): [string, string] => [`filled spec ${index}`, filledSpec(template, index + 1, 1 + (index % 6))]),
    ...Array.from({ length: 10 }, (_, index): [string, string] => [`spec without a guardrail ${index}`, withoutGuardrail(template, filledSpec(template, index + 100)).markdown]),
    ['CRLF spec', filledSpec(template, 7).replace(/\n/g, '\r\n')],
  ];
}

/**
 * A tree without `data` (parsers may cache things there); positions stay.
 *
 * @param node The tree.
 * @returns A copy to compare.
 */
export function withoutData(node: Nodes): unknown {
  const { data: _data, ...rest } = node as Nodes & { data?: unknown };
  return 'children' in node ? { ...rest, children: node.children.map(withoutData) } : rest;
}

/**
 * The messages the preset gives with remark-parse, as the command line reports them (`null` for a
 * file the preset finds is not a spec, as the command line's linter has it).
 *
 * @param path The file's path.
 * @param value Its text.
 * @returns The messages.
 */
export async function remarkMessages(path: string, value: string): Promise<LintMessage[] | null> {
  const processor = unified().use(remarkParse).use(remarkPresetSpecmarkLint).freeze();
  const file = new VFile({ path, value });
  await processor.run(processor.parse(file), file);
  return file.data.specmarkNotSpec ? null : file.messages.map(toLintMessage);
}
