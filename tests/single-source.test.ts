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
