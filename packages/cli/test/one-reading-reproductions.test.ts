import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from './support/run-cli.ts';
import { apiTemplate, filledSpec, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

const template = await apiTemplate();
const complete = filledSpec(template, 3);
const guardrail = template.fields.find((field) => field.kind === 'checklist' && field.items.some((item) => !item.prompt))!.items.find((item) => !item.prompt)!.text;

/** The messages of a JSON report as `line:column severity rule`. */
function brief(stdout: string): string[] {
  const report = JSON.parse(stdout) as { files: { messages: { line: number; column: number; severity: string; ruleId: string }[] }[] };
  return report.files.flatMap((file) => file.messages.map((message) => `${message.line}:${message.column} ${message.severity} ${message.ruleId}`));
}

test('a complete spec saved with a BOM (and CRLF) is clean for check, and fix has nothing to do', async () => {
  const folder = await tempFolder();
  await writeFiles(folder, { 'bom.md': '\ufeff' + complete, 'bom-crlf.md': '\ufeff' + complete.replace(/\n/g, '\r\n') });
  const check = await runCli(folder, ['check', '--reporter', 'json', 'bom.md', 'bom-crlf.md']);
  expect(brief(check.stdout)).toEqual([]);
  expect(check.code).toBe(0);
  expect(await runCli(folder, ['fix', '--dry-run', 'bom.md', 'bom-crlf.md'])).toEqual({ code: 0, stdout: '', stderr: 'Nothing to fix.\n' });
});

test('`fix` repairs a field written one level too high by changing its heading, not by adding a second one', async () => {
  const folder = await tempFolder();
  const field = template.fields[0]!;
  await writeFiles(folder, { 'spec.md': complete.replace(`### ${field.title}\n`, `## ${field.title}\n`) });
  expect(brief((await runCli(folder, ['check', '--reporter', 'json', 'spec.md'])).stdout)).toEqual([`${complete.split('\n').indexOf(`### ${field.title}`) + 1}:1 error required-sections`]);
  expect(await runCli(folder, ['fix', 'spec.md'])).toEqual({ code: 0, stdout: `spec.md: moved field \`${field.title}\` from heading level 2 to 3\n`, stderr: 'Fixed 1 file.\n' });
  expect(await readFile(join(folder, 'spec.md'), 'utf8')).toBe(complete);
  expect((await runCli(folder, ['check', 'spec.md'])).code).toBe(0);
});

test('a guardrail kept with a trailing period, in other case or re-wrapped passes check, and fix leaves it alone', async () => {
  const folder = await tempFolder();
  const variants = {
    'period.md': complete.replace(`- [x] ${guardrail}\n`, `- [x] ${guardrail}.\n`),
    'case.md': complete.replace(`- [x] ${guardrail}\n`, `- [x] ${guardrail.toUpperCase()}\n`),
    'wrapped.md': complete.replace(`- [x] ${guardrail}\n`, `- [x] ${guardrail.replace(' — ', '\n  — ')}\n`),
  };
  for (const text of Object.values(variants)) expect(text).not.toBe(complete);
  await writeFiles(folder, variants);
  const check = await runCli(folder, ['check', '--reporter', 'json', ...Object.keys(variants)]);
  expect(brief(check.stdout)).toEqual([]);
  expect(await runCli(folder, ['fix', ...Object.keys(variants)])).toEqual({ code: 0, stdout: '', stderr: 'Nothing to fix.\n' });
  for (const [name, text] of Object.entries(variants)) expect(await readFile(join(folder, name), 'utf8')).toBe(text);
});

test('a fresh draft from `specmark new` exits 0, with warnings for what review will need', async () => {
  const folder = await tempFolder();
  expect((await runCli(folder, ['new', 'api-integration', 'Stripe refunds'])).code).toBe(0);
  const text = await readFile(join(folder, 'stripe-refunds.md'), 'utf8');
  const check = await runCli(folder, ['check', '--reporter', 'json', 'stripe-refunds.md']);
  expect(check.code).toBe(0);
  const messages = (JSON.parse(check.stdout) as { files: { messages: { severity: string; ruleId: string; message: string }[] }[] }).files[0]!.messages;
  expect(messages.every((message) => message.severity === 'warning')).toBe(true);
  const status = text.split('\n').indexOf('status: draft') + 1;
  expect(messages.filter((message) => message.ruleId === 'frontmatter-schema').map((message) => message.message)).toEqual(
    ['owner', 'provider', 'environments'].map((key) => `Unexpected missing key \`${key}\`, expected a value for \`${key}\` before \`status: review\``),
  );
  expect(status).toBeGreaterThan(1);
  // The same draft moved to review without those keys fails.
  await writeFiles(folder, { 'stripe-refunds.md': text.replace('status: draft', 'status: review') });
  expect((await runCli(folder, ['check', 'stripe-refunds.md'])).code).toBe(1);
});

test('frontmatter that cannot be read is reported alone and left to a person; a key written twice is reported and the rest repaired', async () => {
  const folder = await tempFolder();
  const field = template.fields[0]!;
  const damaged = complete.replace(`### ${field.title}\n`, '');
  const twice = damaged.replace(/^(status: .*)$/m, '$1\n$1');
  await writeFiles(folder, { 'broken.md': damaged.replace(/^status: (.*)$/m, 'status: [$1'), 'twice.md': twice });
  const status = complete.split('\n').findIndex((line) => line.startsWith('status: ')) + 1;
  // A missing field is reported where it belongs: at the heading it goes before.
  const missing = twice.split('\n').indexOf(`### ${template.fields[1]!.title}`) + 1;
  // The YAML parser reports the unclosed `[` on the line where it expected the `]`.
  expect(brief((await runCli(folder, ['check', '--reporter', 'json', 'broken.md'])).stdout)).toEqual([`${status + 1}:1 error frontmatter-schema`]);
  expect(brief((await runCli(folder, ['check', '--reporter', 'json', 'twice.md'])).stdout)).toEqual([`${status + 1}:1 error frontmatter-schema`, `${missing}:1 error required-sections`]);
  expect(await runCli(folder, ['fix', 'broken.md', 'twice.md'])).toEqual({
    code: 1,
    stdout: `twice.md: added field \`${field.title}\`\n`,
    stderr: 'broken.md: left alone, its frontmatter is not a YAML mapping\nFixed 1 file.\n',
  });
  // What is left: the key written twice, and the restored field's prompt for a person to answer.
  const prompt = (await readFile(join(folder, 'twice.md'), 'utf8')).split('\n').indexOf(field.prompt) + 1;
  expect(brief((await runCli(folder, ['check', '--reporter', 'json', 'twice.md'])).stdout)).toEqual([`${status + 1}:1 error frontmatter-schema`, `${prompt}:1 error no-placeholders`]);
});

test('an HTML block of 120,000 spaces in a spec is checked at once, not in seconds', { timeout: 20_000 }, async () => {
  const folder = await tempFolder();
  await writeFiles(folder, { 'html.md': `${complete}\n<div>${' '.repeat(120_000)}</div>\n` });
  expect(await runCli(folder, ['check', 'html.md'])).toMatchObject({ code: 0 });
});
