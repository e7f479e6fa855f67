// Parse each built-in template ahead of time into `dist/templates/<id>.json`, with the hash of its
// Markdown (see src/compiled-template.ts). Run after `tsc -b` (the `build` and `prepack` scripts do).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { builtInTemplateIds, parseTemplate } from '../dist/index.js';
import { templateHash } from '../dist/read-built-in-template.node.js';

const root = new URL('../', import.meta.url);
await mkdir(new URL('dist/templates/', root), { recursive: true });
for (const id of builtInTemplateIds) {
  const markdown = await readFile(new URL(`templates/${id}.md`, root), 'utf8');
  const compiled = { sha256: templateHash(markdown), template: parseTemplate(markdown) };
  await writeFile(new URL(`dist/templates/${id}.json`, root), JSON.stringify(compiled) + '\n');
}
