import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { mcpSession, textOf, type McpSession } from './support/mcp-session.ts';
import { runCli } from './support/run-cli.ts';
import { apiTemplate, filledSpec, withoutGuardrail, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

let session: McpSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** A workspace with one complete spec whose first guardrail was deleted. */
async function workspaceWithoutGuardrail(): Promise<{ folder: string; markdown: string; item: string; listLine: number }> {
  const template = await apiTemplate();
  const { markdown, item } = withoutGuardrail(template, filledSpec(template));
  const folder = await tempFolder();
  await writeFiles(folder, { 'specs/refunds.md': markdown });
  const lines = markdown.split('\n');
  const listLine = lines.findIndex((line, index) => index > lines.indexOf('### Do not') && line.startsWith('- [')) + 1;
  return { folder, markdown, item, listLine };
}

test('tools/list: six tools, each with an input and an output schema', async () => {
  const folder = await tempFolder();
  session = await mcpSession(folder);
  const { tools } = await session.client.listTools();
  expect(tools.map((tool) => tool.name)).toEqual(['check_spec', 'fix_spec', 'new_spec', 'get_template', 'list_templates', 'explain_rule']);
  for (const tool of tools) {
    expect(tool.description?.length).toBeGreaterThan(40);
    expect(tool.inputSchema.type).toBe('object');
    expect(tool.outputSchema?.type).toBe('object');
  }
  expect(tools.find((tool) => tool.name === 'check_spec')?.annotations).toMatchObject({ readOnlyHint: true });
  expect(tools.find((tool) => tool.name === 'new_spec')?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false });
  expect(session.client.getServerVersion()).toMatchObject({ name: 'specmark', version: '0.1.0' });
});

test('check_spec on a spec missing a guardrail: the messages of `specmark check --reporter json`, and a summary', async () => {
  const { folder, item, listLine } = await workspaceWithoutGuardrail();
  session = await mcpSession(folder);
  const result = await session.call('check_spec', { paths: ['specs/refunds.md'] });
  expect(result.isError).toBeFalsy();
  const cli = await runCli(folder, ['check', '--reporter', 'json', 'specs/refunds.md']);
  expect(cli.code).toBe(1);
  expect(result.structuredContent).toEqual(JSON.parse(cli.stdout));
  // Messages quote an item shortened to 60 characters.
  const quoted = item.length > 60 ? `${item.slice(0, 59)}…` : item;
  const messages = (result.structuredContent as { files: { messages: Record<string, unknown>[] }[] }).files[0]!.messages;
  expect(messages).toContainEqual({
    ruleId: 'required-checklist-items',
    source: 'specmark',
    severity: 'error',
    message: `Unexpected missing item \`${quoted}\` in \`Do not\`, expected it, or struck through with the reason it does not apply`,
    line: listLine,
    column: 1,
    // Where its quick fix inserts it: a point, not a range.
    endLine: null,
    endColumn: null,
    url: 'https://specmark.dev/rules/required-checklist-items/',
    note: null,
    // Which message it is and its data, for tools that act on it without reading the wording.
    messageId: 'missing-item',
    data: { item: quoted, field: 'Do not' },
  });
  expect(textOf(result)).toBe(
    `Checked 1 file: 1 error, 0 warnings. specs/refunds.md:${listLine}:1 error Unexpected missing item \`${quoted}\` in \`Do not\`, expected it, or struck through with the reason it does not apply (required-checklist-items).`,
  );
});

test('check_spec reads the provider’s API description a spec names, beside the spec or beside the workspace root for `text`, as `specmark check` does', async () => {
  const folder = await tempFolder();
  const api = (description: string): string => `api:\n  description: ${description}\n  operations:\n    - POST /refund\n    - POST /refunds\n`;
  const spec = filledSpec(await apiTemplate());
  await writeFiles(folder, {
    'specs/refunds.md': spec.replace('\n---\n', `\n${api('../vendor/refunds.openapi.yaml')}---\n`),
    'vendor/refunds.openapi.yaml': 'openapi: 3.0.3\ninfo: { title: Refunds, version: "1" }\npaths:\n  /refunds:\n    post:\n      responses:\n        "201": { description: Created }\n        "409": { description: Already refunded }\n        "422": { description: Invalid amount }\n',
  });
  session = await mcpSession(folder);
  const result = await session.call('check_spec', { paths: ['specs/refunds.md'] });
  const cli = await runCli(folder, ['check', '--reporter', 'json', 'specs/refunds.md']);
  expect(result.structuredContent).toEqual(JSON.parse(cli.stdout));
  const line = spec.split('\n').indexOf('---', 1) + 4;
  expect(textOf(result)).toBe(
    [
      `Checked 1 file: 2 errors, 0 warnings. specs/refunds.md:${line}:7 error Unexpected operation \`POST /refund\` that \`../vendor/refunds.openapi.yaml\` lacks, expected \`POST /refunds\` (api-operations);`,
      `specs/refunds.md:${line + 1}:7 error Unexpected no answer for \`422\` of \`POST /refunds\`, expected an answer in \`Key behaviors\` or \`Edge cases\` that names it, or it in \`Out of scope\` (api-error-statuses).`,
    ].join(' '),
  );
  const inline = await session.call('check_spec', { text: spec.replace('\n---\n', `\n${api('./vendor/refunds.openapi.yaml')}---\n`) });
  expect((inline.structuredContent as { files: { messages: { ruleId: string }[] }[] }).files[0]!.messages.map((message) => message.ruleId)).toEqual(['api-operations', 'api-error-statuses']);
});

test('fix_spec returns the fixed text and the diff of `specmark fix --dry-run`; it writes only when asked', async () => {
  const { folder, markdown, item } = await workspaceWithoutGuardrail();
  session = await mcpSession(folder);
  const dry = await runCli(folder, ['fix', '--dry-run', 'specs/refunds.md']);
  const result = await session.call('fix_spec', { path: 'specs/refunds.md' });
  expect(result.isError).toBeFalsy();
  const fixed = result.structuredContent as { text: string; diff: string; status: string; written: boolean; fixes: unknown[] };
  expect(fixed).toMatchObject({ path: 'specs/refunds.md', status: 'fixed', written: false, diff: dry.stdout });
  expect(fixed.fixes).toEqual([{ code: 'item-restored', message: `restored \`Do not\` item \`${item}\``, params: expect.objectContaining({ item }) }]);
  expect(fixed.text).toContain(`- [ ] ${item}\n`);
  expect(await readFile(join(folder, 'specs/refunds.md'), 'utf8')).toBe(markdown);
  expect(textOf(result)).toBe(`Fixes for specs/refunds.md: restored \`Do not\` item \`${item}\`. Not written: call again with \`write: true\` to save them.\n\n${dry.stdout}`);

  const recheck = await session.call('check_spec', { text: fixed.text });
  const rules = (recheck.structuredContent as { files: { path: string; messages: { ruleId: string }[] }[] }).files.flatMap((file) => file.messages.map((message) => message.ruleId));
  expect(rules).not.toContain('required-checklist-items');
  expect((recheck.structuredContent as { files: { path: string }[] }).files[0]!.path).toBe('(text)');

  const written = await session.call('fix_spec', { path: 'specs/refunds.md', write: true });
  expect(written.structuredContent).toMatchObject({ written: true, text: fixed.text });
  expect(textOf(written)).toMatch(/^Fixed specs\/refunds\.md: restored .* Written\.\n\n={67}\n--- a\/specs\/refunds\.md\n\+\+\+ b\/specs\/refunds\.md\n/);
  expect(await readFile(join(folder, 'specs/refunds.md'), 'utf8')).toBe(fixed.text);
  const clean = await session.call('check_spec', { paths: ['specs/refunds.md'] });
  expect(clean.structuredContent).toMatchObject({ errorCount: 0, warningCount: 0 });
  expect(textOf(clean)).toBe('Checked 1 file: 0 errors, 0 warnings. No problems.');

  const again = await session.call('fix_spec', { path: 'specs/refunds.md', write: true });
  expect(again.structuredContent).toMatchObject({ status: 'unchanged', written: false, diff: '', fixes: [] });
});

test('a BOM and CRLF line endings: positions as `specmark check` gives them, and fix_spec writes what `specmark fix` writes', async () => {
  const { folder, markdown, item } = await workspaceWithoutGuardrail();
  const crlf = '\ufeff' + markdown.replace(/\n/g, '\r\n');
  await writeFile(join(folder, 'specs/refunds.md'), crlf);
  const twin = await tempFolder();
  await writeFiles(twin, { 'specs/refunds.md': crlf });
  session = await mcpSession(folder);
  const checked = await session.call('check_spec', { paths: ['specs/refunds.md'] });
  expect(checked.structuredContent).toEqual(JSON.parse((await runCli(folder, ['check', '--reporter', 'json', 'specs/refunds.md'])).stdout));
  await session.call('fix_spec', { path: 'specs/refunds.md', write: true });
  expect((await runCli(twin, ['fix', 'specs/refunds.md'])).code).toBe(0);
  const bytes = await readFile(join(folder, 'specs/refunds.md'));
  expect(bytes.equals(await readFile(join(twin, 'specs/refunds.md')))).toBe(true);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(text).toContain(`- [ ] ${item}\r\n`);
});

test('check_spec on a leaked key: the message shows it redacted and no part of the response repeats it', async () => {
  const template = await apiTemplate();
  const key = ['sk', 'live', '51HxQzRtY8vKpL2mNbVcXwZs4TuQeRfG7hJ3kLmN0pQrStUv'].join('_');
  const markdown = filledSpec(template).replace('### Tech stack\n\n', `### Tech stack\n\nThe key is ${key} for now.\n\n`);
  const folder = await tempFolder();
  await writeFiles(folder, { 'spec.md': markdown });
  session = await mcpSession(folder);
  const result = await session.call('check_spec', { paths: ['spec.md'] });
  const json = JSON.stringify(result);
  expect(json).toContain('no-secrets');
  expect(json).not.toContain(key);
  expect(json).not.toContain(key.slice(8, 30));
});

test('a session as an agent runs it: list the tools, check, fix, check again (printed as a transcript)', async () => {
  const { folder } = await workspaceWithoutGuardrail();
  session = await mcpSession(folder);
  const transcript: string[] = [];
  const { tools } = await session.client.listTools();
  transcript.push('→ tools/list', `← ${tools.map((tool) => tool.name).join(', ')}`);
  const call = async (name: string, args: Record<string, unknown>) => {
    const result = await session!.call(name, args);
    transcript.push(`→ tools/call ${name} ${JSON.stringify(args)}`, `← text: ${textOf(result).split('\n').join('\n         ')}`);
    return result;
  };
  const before = await call('check_spec', { paths: ['specs/refunds.md'] });
  transcript.push(`← structuredContent.files[0].messages[0]: ${JSON.stringify((before.structuredContent as { files: { messages: unknown[] }[] }).files[0]!.messages[0])}`);
  await call('fix_spec', { path: 'specs/refunds.md', write: true });
  const after = await call('check_spec', { paths: ['specs/refunds.md'] });
  console.log(transcript.join('\n'));
  expect(before.structuredContent).toMatchObject({ errorCount: 1 });
  expect(after.structuredContent).toMatchObject({ errorCount: 0, warningCount: 0 });
  expect(transcript.filter((line) => line.startsWith('→'))).toHaveLength(4);
});

test('check_spec honours the workspace suppressions file as `specmark check` does; a malformed one is a tool error of one sentence', async () => {
  const { folder } = await workspaceWithoutGuardrail();
  expect(await runCli(folder, ['check', '--suppress-all'])).toMatchObject({ code: 0 });
  session = await mcpSession(folder);
  const result = await session.call('check_spec', { paths: ['specs/refunds.md'] });
  expect(result.isError).toBeFalsy();
  const cli = await runCli(folder, ['check', '--reporter', 'json', 'specs/refunds.md']);
  expect(cli.code).toBe(0);
  expect(result.structuredContent).toEqual(JSON.parse(cli.stdout));
  expect(result.structuredContent).toMatchObject({ errorCount: 0, suppressedCount: 1, files: [{ messages: [], suppressedMessages: [{ ruleId: 'required-checklist-items' }] }] });
  expect(textOf(result)).toBe('Checked 1 file: 0 errors, 0 warnings; 1 error suppressed by specmark-suppressions.json. No problems.');
  await writeFile(join(folder, 'specmark-suppressions.json'), '{ "specs/refunds.md": [] }\n');
  const broken = await session.call('check_spec', { paths: ['specs/refunds.md'] });
  expect(broken.isError).toBe(true);
  expect(textOf(broken)).toContain('Cannot use the suppressions file `specmark-suppressions.json:1:23`: Unexpected list for `specs/refunds.md`, expected an object of rule ids');
});
