import { readdir, readFile } from 'node:fs/promises';
import { parseFrontmatter } from '@specmark/schema';
import remarkPresetSpecmarkLint from '@specmark/remark-preset-lint';
import { loadBuiltInTemplate, parseSpec } from '@specmark/template';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';

const examplesDir = new URL('../content/examples/', import.meta.url);
const names = (await readdir(examplesDir)).filter((name) => name.endsWith('.md')).sort();

test('there are at least six examples', () => {
  expect(names.length).toBeGreaterThanOrEqual(6);
});

describe.each(names)('content/examples/%s', (name) => {
  test('has frontmatter valid under @specmark/schema', async () => {
    const text = await readFile(new URL(name, examplesDir), 'utf8');
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
    expect(yaml, 'frontmatter block').toBeTypeOf('string');
    const result = parseFrontmatter(yaml ?? '');
    expect(result.issues).toEqual([]);
  });

  test('is clean under @specmark/remark-preset-lint', async () => {
    // The examples describe other projects' repositories, not this one: they are in none.
    const file = new VFile({ path: `content/examples/${name}`, value: await readFile(new URL(name, examplesDir), 'utf8'), data: { specmarkInputs: { repository: null } } });
    const processor = unified().use(remarkParse).use(remarkPresetSpecmarkLint);
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)).toEqual([]);
  });

  test('answers every field of the template, with nothing left unmapped', async () => {
    const template = await loadBuiltInTemplate('api-integration');
    const parsed = parseSpec(template, await readFile(new URL(name, examplesDir), 'utf8'));
    expect(Object.keys(parsed.answers.fields).sort()).toEqual(template.fields.map((field) => field.slug).sort());
    expect(parsed.unmapped).toEqual([]);
  });
});
