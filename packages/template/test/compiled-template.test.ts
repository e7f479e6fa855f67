import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseTemplate } from '@specmark/template';
import { expect, test } from 'vitest';
import { readCompiledTemplate } from '../src/template/read-built-in-template.node.ts';

const markdown = await readFile(new URL('../templates/api-integration.md', import.meta.url), 'utf8');
const parsed = parseTemplate(markdown);

/** A folder holding one compiled model file with the given text. */
async function folderWith(text: string): Promise<URL> {
  const folder = await mkdtemp(join(tmpdir(), 'specmark-compiled-'));
  await writeFile(join(folder, 'api-integration.json'), text);
  return pathToFileURL(folder + '/');
}

test('a template model survives JSON unchanged, so a model compiled ahead of time equals the parsed one', () => {
  expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
});

test('a compiled model is used while the template Markdown is the one it was compiled from', async () => {
  const folder = await folderWith(JSON.stringify(parsed));
  expect(await readCompiledTemplate('api-integration', markdown, folder)).toStrictEqual(parsed);
});

test('an out-of-date, unreadable or missing compiled model is ignored (the template is parsed instead)', async () => {
  const edited = markdown.replace('## ', '## Edited ');
  const stale = await folderWith(JSON.stringify(parsed));
  expect(await readCompiledTemplate('api-integration', edited, stale)).toBeUndefined();
  expect(await readCompiledTemplate('api-integration', markdown, await folderWith('{"source": '))).toBeUndefined();
  expect(await readCompiledTemplate('api-integration', markdown, await folderWith('null'))).toBeUndefined();
  expect(await readCompiledTemplate('missing', markdown, stale)).toBeUndefined();
});
