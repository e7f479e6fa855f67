import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { blankSpec, type Template, type TemplateSection } from '@specmark/template';
import { fixSpec } from 'specmark';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './support/run-cli.ts';
import { apiTemplate, filledSpec } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

let template: Template;
let complete: string;
let broken: string;
let expected: string;
let first: string;
let middle: string;
let firstField: string;
let middleField: string;

beforeAll(async () => {
  template = await apiTemplate();
  complete = filledSpec(template, 7).replace('status: approved', 'status: draft');
  const checklists = template.fields.filter((field) => field.kind === 'checklist' && field.items.some((item) => !item.prompt));
  first = checklists[0]!.items.find((item) => !item.prompt)!.text;
  middle = checklists[checklists.length - 1]!.items.filter((item) => !item.prompt)[2]!.text;
  firstField = checklists[0]!.title;
  middleField = checklists[checklists.length - 1]!.title;
  // Delete the first section (heading, fields, answers) and two guardrails of a later one.
  const [gone, next] = template.sections as [TemplateSection, TemplateSection];
  const blank = blankSpec(template);
  const prompts = blank.slice(blank.indexOf(`## ${gone.title}\n`), blank.indexOf(`## ${next.title}\n`));
  const [head, rest] = [complete.slice(0, complete.indexOf(`## ${gone.title}\n`)), complete.slice(complete.indexOf(`## ${next.title}\n`))];
  broken = (head + rest).replace(`- [x] ${first}\n`, '').replace(`- [x] ${middle}\n`, '');
  // What `fix` must produce: the section back with its prompts, the guardrails back unchecked.
  expected = (head + prompts + rest).replace(`- [x] ${first}\n`, `- [ ] ${first}\n`).replace(`- [x] ${middle}\n`, `- [ ] ${middle}\n`);
});

describe('fixSpec', () => {
  test('puts back a deleted guardrail and a deleted section, every other byte unchanged', () => {
    const result = fixSpec(complete.replace(`- [x] ${first}\n`, '').replace(`- [x] ${middle}\n`, ''), [template]);
    expect(result.status).toBe('fixed');
    if (result.status !== 'fixed') return;
    expect(result.output).toBe(complete.replace(`- [x] ${first}\n`, `- [ ] ${first}\n`).replace(`- [x] ${middle}\n`, `- [ ] ${middle}\n`));
    expect(result.fixes.map((fix) => [fix.code, fix.params.item])).toEqual([
      ['item-restored', first],
      ['item-restored', middle],
    ]);
  });

  test('adds a missing section with its fields and prompts, and restores guardrails after their neighbour', () => {
    const result = fixSpec(broken, [template]);
    if (result.status !== 'fixed') throw new Error(result.reason);
    expect(result.output).toBe(expected);
    expect(result.fixes.map((fix) => fix.code)).toEqual(['section-added', 'item-restored', 'item-restored']);
  });

  test('adds a missing field before the next field of its section', () => {
    const field = template.sections[0]!.fields[1]!;
    const start = complete.indexOf(`### ${field.title}\n`);
    const end = complete.indexOf('### ', start + 4);
    const result = fixSpec(complete.slice(0, start) + complete.slice(end), [template]);
    if (result.status !== 'fixed') throw new Error(result.reason);
    expect(result.output).toBe(complete.slice(0, start) + `### ${field.title}\n\n${field.prompt}\n\n` + complete.slice(end));
  });

  test('adds a missing last field before an HTML comment that ends the file unclosed, where the comment cannot swallow it', () => {
    const field = template.sections.at(-1)!.fields.at(-1)!;
    const start = complete.indexOf(`### ${field.title}\n`);
    const kept = complete.slice(0, start).trimEnd();
    const result = fixSpec(`${kept}\n<!-- notes still to write\n`, [template]);
    if (result.status !== 'fixed') throw new Error(result.reason);
    // After the block before the comment: the comment still follows on the next line, as before.
    expect(result.output).toBe(`${kept}\n\n### ${field.title}\n\n${field.prompt}\n<!-- notes still to write\n`);
    const again = fixSpec(result.output, [template]);
    expect(again.status === 'fixed' && again.fixes).toEqual([]);
  });

  test('keeps CRLF, a BOM and MDX byte for byte', () => {
    const mdx = (text: string): string => text.replace('\n# ', "\nimport Note from './note.mdx'\n\n<Note   kind=\"aside\">  keep   this  </Note>\n\n# ");
    const crlf = (text: string): string => '\ufeff' + text.replace(/\n/g, '\r\n');
    const result = fixSpec(crlf(mdx(broken)), [template]);
    if (result.status !== 'fixed') throw new Error(result.reason);
    expect(result.output).toBe(crlf(mdx(expected)));
  });

  test('raises templateVersion only when the update is mechanical', () => {
    const old = complete.replace('templateVersion: 1', 'templateVersion: 0');
    const lookup = [{ ...template, version: 1 }];
    const bumped = fixSpec(old, lookup);
    expect(bumped.status === 'fixed' && bumped.output).toBe(complete);
    const withOwnSection = old.replace(/\n$/, '\n\n## Rollout notes\n\nShip behind a flag.\n');
    const kept = fixSpec(withOwnSection, lookup);
    expect(kept.status === 'fixed' && kept.fixes).toEqual([]);
  });

  test('leaves alone what it cannot parse', () => {
    const lookup = [template];
    expect(fixSpec(complete.replace('template: api-integration', 'template: [api-integration'), lookup)).toEqual({ status: 'skipped', reason: 'frontmatter-invalid' });
    expect(fixSpec('# Notes\n', lookup)).toEqual({ status: 'skipped', reason: 'not-a-spec' });
    expect(fixSpec(`${'> '.repeat(120)}deep\n`, lookup)).toEqual({ status: 'skipped', reason: 'nesting-too-deep' });
    expect(fixSpec(`${'a b\n'.repeat(20_000)}`, lookup)).toEqual({ status: 'skipped', reason: 'block-too-long' });
    expect(fixSpec(complete + '- an item\n\nA paragraph.\n\n'.repeat(1_100), lookup)).toEqual({ status: 'skipped', reason: 'containers-too-many' });
    expect(fixSpec(complete.replace(/\n---\n/, '\n\n'), lookup)).toEqual({ status: 'skipped', reason: 'frontmatter-unclosed' });
    expect(fixSpec(complete.replace('template: api-integration', 'template: payments'), lookup)).toEqual({ status: 'skipped', reason: 'template-unknown', template: 'payments' });
  });
});

describe('specmark fix', () => {
  test('in a mixed file (LF frontmatter, CRLF body) inserted lines take their neighbours\' CRLF and go in at line boundaries', async () => {
    const folder = await tempFolder();
    const problem = template.sections[0]!.fields[0]!.title;
    const edges = template.fields.find((field) => field.kind === 'questions')!;
    const question = edges.items[1]!.text;
    const start = complete.indexOf(`### ${problem}\n`);
    const withoutField = complete.slice(0, start) + complete.slice(complete.indexOf('### ', start + 4));
    const lf = withoutField.replace(new RegExp(`- \\*\\*${question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*\\*[^\\n]*\\n`), '');
    expect(lf.length).toBeLessThan(withoutField.length);
    const frontmatterEnd = lf.indexOf('\n---\n') + 5;
    const mixed = lf.slice(0, frontmatterEnd) + lf.slice(frontmatterEnd).replace(/\n/g, '\r\n');
    await writeFile(join(folder, 'lf.md'), lf);
    await writeFile(join(folder, 'mixed.md'), mixed);
    const fixed = await runCli(folder, ['fix']);
    expect(fixed.code).toBe(0);
    const [fromLf, fromMixed] = [await readFile(join(folder, 'lf.md'), 'utf8'), await readFile(join(folder, 'mixed.md'), 'utf8')];
    expect(fromLf).toContain(`### ${problem}\n`);
    expect(fromLf).toContain(`- **${question}**\n`);
    // The frontmatter as it was, and the body all CRLF: the same lines as the LF file's repair.
    expect(fromMixed.slice(0, frontmatterEnd)).toBe(lf.slice(0, frontmatterEnd));
    expect(fromMixed.slice(frontmatterEnd)).toBe(fromLf.slice(frontmatterEnd).replace(/\n/g, '\r\n'));
  });

  test('fixes a spec so that `specmark check` passes, CRLF kept', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'refunds.md');
    await writeFile(path, broken.replace(/\n/g, '\r\n'));
    const before = await runCli(folder, ['check', '--reporter', 'json']);
    expect(before.code).toBe(1);
    const errors = JSON.parse(before.stdout).files[0].messages.filter((message: { severity: string }) => message.severity === 'error');
    expect([...new Set(errors.map((message: { ruleId: string }) => message.ruleId))]).toEqual(['required-sections', 'required-checklist-items']);
    const fixed = await runCli(folder, ['fix']);
    expect(fixed).toEqual({
      code: 0,
      stdout: `refunds.md: added section \`${template.sections[0]!.title}\`, restored \`${firstField}\` item \`${first}\`, restored \`${middleField}\` item \`${middle}\`\n`,
      stderr: 'Fixed 1 file.\n',
    });
    expect(await readFile(path, 'utf8')).toBe(expected.replace(/\n/g, '\r\n'));
    const after = await runCli(folder, ['check', '--reporter', 'json']);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).errorCount).toBe(0);
    expect(await runCli(folder, ['fix'])).toEqual({ code: 0, stdout: '', stderr: 'Nothing to fix.\n' });
  });

  test('--dry-run prints a unified diff and writes nothing', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'refunds.md');
    const input = complete.replace(`- [x] ${middle}\n`, '');
    await writeFile(path, input);
    const result = await runCli(folder, ['fix', '--dry-run']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(1, 3)).toEqual(['--- a/refunds.md', '+++ b/refunds.md']);
    expect(lines.filter((line) => /^[+-]/.test(line) && !/^(?:\+\+\+|---) /.test(line))).toEqual([`+- [ ] ${middle}`]);
    expect(await readFile(path, 'utf8')).toBe(input);
  });

  test('a named file it cannot parse is left alone, exit 1', async () => {
    const folder = await tempFolder();
    const input = complete.replace('template: api-integration', 'template: [api-integration');
    await writeFile(join(folder, 'bad.md'), input);
    expect(await runCli(folder, ['fix', 'bad.md'])).toEqual({ code: 1, stdout: '', stderr: 'bad.md: left alone, its frontmatter is not a YAML mapping\nNothing to fix.\n' });
    expect(await readFile(join(folder, 'bad.md'), 'utf8')).toBe(input);
  });
});
