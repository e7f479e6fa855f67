import { readdirSync, readFileSync } from 'node:fs';
import { parseMarkdown } from '@specmark/template';
import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { expect, test } from 'vitest';
import { isContent } from '../src/lib/spec/content.ts';

/** Every node below a root, depth first. */
function descendants(node: Nodes): RootContent[] {
  return 'children' in node ? node.children.flatMap((child) => [child, ...descendants(child)]) : [];
}

test('isContent reads a block’s text as mdast-util-to-string does (images by their alt), over real Markdown', () => {
  const folders = [new URL('../../../content/examples/', import.meta.url), new URL('../../../tests/support/specs/good/', import.meta.url), new URL('./fixtures/', import.meta.url)];
  const specs = folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => readFileSync(new URL(name, folder), 'utf8')));
  // Real READMEs of installed packages: tables, images, HTML, badges, empty links.
  const modules = new URL('../../../node_modules/', import.meta.url);
  const readmes = readdirSync(modules)
    .filter((name) => !name.startsWith('.') && !name.startsWith('@'))
    .sort()
    .slice(0, 120)
    .flatMap((name) => {
      try {
        return [readFileSync(new URL(`${name}/README.md`, modules), 'utf8')];
      } catch {
        return [];
      }
    });
  const edges = ['![](x.png)', '![ ](x.png)', '[](x)', '<!-- note -->', '&nbsp;', '\u00a0', '`` ` ``', '- [ ]', '> ', '| a |\n| - |', '***', '[x]: y'];
  let blocks = 0;
  for (const markdown of [...specs, ...readmes, ...edges]) {
    for (const node of descendants(parseMarkdown(markdown))) {
      if (node.type === 'html' || node.type === 'code' || node.type === 'table' || node.type === 'image' || node.type === 'thematicBreak' || node.type === 'definition') continue;
      blocks++;
      expect(isContent(node), toString(node)).toBe(toString(node, { includeImageAlt: true }).trim() !== '');
    }
  }
  expect(readmes.length).toBeGreaterThan(50);
  expect(blocks).toBeGreaterThan(10_000);
});
