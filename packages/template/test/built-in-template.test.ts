import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { builtInTemplateIds, isBuiltInTemplate, loadBuiltInTemplate } from '@specmark/template';
import { loadTemplate } from '@specmark/template/node';

const seed = await readFile(new URL('../../../../shared/seeds/api-integration-spec-template.txt', import.meta.url), 'utf8').catch(() => undefined);

test('the API Integration template is built in, version 1', async () => {
  expect(builtInTemplateIds).toEqual(['api-integration']);
  expect(isBuiltInTemplate('api-integration')).toBe(true);
  expect(isBuiltInTemplate('nope')).toBe(false);
  const template = await loadBuiltInTemplate('api-integration');
  expect(template.id).toBe('api-integration');
  expect(template.version).toBe(1);
  expect(template.title).toBe('API Integration');
  expect(template.changes[1]).toBeTypeOf('string');
});

test('each field kind follows from how the template writes it', async () => {
  const template = await loadBuiltInTemplate('api-integration');
  expect(template.sections.map((section) => [section.slug, section.fields.map((field) => `${field.slug}:${field.kind}`)])).toEqual([
    ['what-and-why', ['problem:prose', 'who-this-is-for:prose', 'in-scope:list', 'out-of-scope:list', 'key-behaviors:sentence-frames', 'edge-cases:questions', 'open-questions:checklist']],
    ['coding-agent-context', ['tech-stack:prose', 'reference-files:prose', 'patterns-to-follow:list', 'do-not:checklist', 'acceptance-criteria:checklist']],
  ]);
  const field = (slug: string) => template.fields.find((candidate) => candidate.slug === slug)!;
  expect(field('open-questions').items.every((item) => item.prompt)).toBe(true);
  expect(field('do-not').items.some((item) => item.prompt)).toBe(false);
  expect(field('acceptance-criteria').items).toHaveLength(7);
  expect(field('edge-cases').items.every((item) => item.text.endsWith('?') && !item.prompt)).toBe(true);
  expect(field('who-this-is-for').options.vagueAudiences).toContain('all users');
  expect(field('problem').position.start.line).toBeGreaterThan(1);
});

test.runIf(seed !== undefined)('the template keeps every prompt, question and checklist item of the seed, word for word', async () => {
  const template = await loadBuiltInTemplate('api-integration');
  const body = seed!.split('\nRezonant')[0]!;
  const seedLines = new Set(body.split('\n').map((line) => line.replace(/^(- (\[ \] )?|## )/, '').trim()).filter(Boolean));
  const modelTexts = [
    ...template.fields.filter((field) => field.kind === 'prose').map((field) => field.prompt),
    ...template.fields.flatMap((field) => field.items.map((item) => item.text)),
    ...template.sections.map((section) => section.title),
    ...template.fields.map((field) => field.title),
  ];
  for (const text of modelTexts) expect(seedLines, text).toContain(text);
  expect(seed).toContain(`Feature: ${template.titlePrompt}`);
  expect(template.summary).toBe(body.split('\n').find((line) => line.startsWith('API integrations fail')));
});

test('loadTemplate takes a built-in id or a path, and names the ids it knows', async () => {
  expect((await loadTemplate('api-integration')).id).toBe('api-integration');
  await expect(loadBuiltInTemplate('payments')).rejects.toThrow('Unexpected template `payments`, expected one of `api-integration`');
  await expect(loadTemplate('./no/such/template.md')).rejects.toThrow('Cannot read template file `./no/such/template.md`: no such file');
});
