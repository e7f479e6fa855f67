// Parse each built-in template ahead of time into `dist/templates/<id>.json`: the model, which
// carries its Markdown (`source`) to be checked against (see src/template/read-built-in-template.node.ts).
// Run after `tsc -b` (the `build` and `prepack` scripts do).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { builtInTemplateIds, parseTemplate } from '../dist/index.js';

const root = new URL('../', import.meta.url);
await mkdir(new URL('dist/templates/', root), { recursive: true });
for (const id of builtInTemplateIds) {
  const markdown = await readFile(new URL(`templates/${id}.md`, root), 'utf8');
  await writeFile(new URL(`dist/templates/${id}.json`, root), JSON.stringify(parseTemplate(markdown)) + '\n');
}
