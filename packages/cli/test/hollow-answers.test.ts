import { execFile } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { mcpSession, type McpSession } from './support/mcp-session.ts';
import { runCli } from './support/run-cli.ts';
import { writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

const run = promisify(execFile);
const monorepo = fileURLToPath(new URL('../../../', import.meta.url));
const remarkCli = join(monorepo, 'node_modules/remark-cli/cli.js');
/** The site's Stripe example with the answers of issue 18 swapped in: every question asked, none answered. */
const hollow = await readFile(new URL('fixtures/hollow-stripe.md', import.meta.url), 'utf8');
const example = await readFile(new URL('../../../content/examples/stripe-payment-intents.md', import.meta.url), 'utf8');

let session: McpSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

beforeAll(async () => {
  // remark-cli loads the preset's published entry points: build them first.
  await run('npm', ['exec', '--', 'tsc', '-b', join(monorepo, 'packages/remark-preset-lint')], { cwd: monorepo });
}, 180_000);

const answerRules = /\s(no-hollow-answers|specific-behaviors)$/;
const vague = 'expected what the system does, in terms a reviewer can check (a status, a bound, a state, a named step)';
const bare = 'expected what was decided (the method, value or place), not only that it was';

test('the hollow Stripe spec of issue 18 is reported answer by answer; the example it came from is clean', async () => {
  const folder = await tempFolder();
  await writeFiles(folder, { 'hollow.md': hollow, 'stripe.md': example });
  expect(await runCli(folder, ['check', 'stripe.md'])).toEqual({ code: 0, stdout: '✔ 1 file checked, no problems\n', stderr: '' });
  const result = await runCli(folder, ['check', 'hollow.md']);
  expect(result.code).toBe(1);
  const lines = result.stdout.split('\n').filter((line) => answerRules.test(line)).map((line) => line.trim().split(/\s{2,}/));
  expect(lines).toEqual([
    ['64:1-64:60', 'error', `Unexpected vague answer \`we handle it appropriately.\` in \`Key behaviors\`, ${vague}`, 'no-hollow-answers'],
    ['64:1-64:60', 'error', 'Unexpected error behavior without a status or error code, expected the status or error code that triggers it, such as `409` or `card_declined`', 'specific-behaviors'],
    ['65:1-65:40', 'error', 'Unexpected rate-limit or retry behavior without a bound, expected the attempts, duration or rate that bounds it, such as `3 attempts`, `up to 30 minutes` or `100 requests per second`', 'specific-behaviors'],
    ['71:1-71:96', 'error', `Unexpected vague answer \`We handle it gracefully.\` to \`What happens when the API is unavailable or retur…\`, ${vague}`, 'no-hollow-answers'],
    ['72:1-72:84', 'error', 'Unexpected placeholder answer `TBD.` to `What happens when a webhook event arrives out of …`, expected the answer itself', 'no-hollow-answers'],
    ['73:1-73:63', 'error', 'Unexpected placeholder answer `N/A` to `What happens when the token/key expires mid-sessi…`, expected the answer itself', 'no-hollow-answers'],
    ['74:1-74:86', 'error', `Unexpected vague answer \`Should be fine.\` to \`What happens when the API returns an unexpected r…\`, ${vague}`, 'no-hollow-answers'],
    ['79:1-79:44', 'error', `Unexpected bare confirmation \`Yes.\` to \`Authentication method confirmed?\`, ${bare}`, 'no-hollow-answers'],
    ['81:1-81:70', 'error', `Unexpected bare confirmation \`Confirmed.\` to \`Rate limits confirmed with the third-party provid…\`, ${bare}`, 'no-hollow-answers'],
  ]);
});

test('specmark check, remark-cli with the preset and MCP check_spec give the same messages for the hollow spec', { timeout: 120_000 }, async () => {
  const folder = await tempFolder();
  await writeFiles(folder, { 'package.json': '{ "private": true }\n', '.remarkrc': '{ "plugins": ["@specmark/remark-preset-lint"] }\n', 'specs/hollow.md': hollow });
  symlinkSync(join(monorepo, 'node_modules'), join(folder, 'node_modules'), 'dir');
  const cli = await runCli(folder, ['check', '--reporter', 'json', 'specs/hollow.md']);
  const report = JSON.parse(cli.stdout) as { files: { messages: { line: number; column: number; endLine: number | null; endColumn: number | null; ruleId: string; message: string }[] }[] };
  const fromCli = report.files[0]!.messages.map((message) => `${message.line}:${message.column}${message.endLine === null ? '' : `-${message.endLine}:${message.endColumn}`} ${message.ruleId} ${message.message}`);
  expect(fromCli.filter((line) => / (?:no-hollow-answers|specific-behaviors) /.test(line))).toHaveLength(9);

  session = await mcpSession(folder);
  const mcp = await session.call('check_spec', { paths: ['specs/hollow.md'] });
  expect(mcp.structuredContent).toEqual(report);

  let stderr: string;
  try {
    ({ stderr } = await run(process.execPath, [remarkCli, '--no-color', '--frail', 'specs/hollow.md'], { cwd: folder }));
  } catch (error) {
    ({ stderr } = error as { stderr: string });
  }
  const fromRemark = stderr
    .split('\n')
    .map((line) => /^\s*(\d+:\d+(?:-\d+:\d+)?)\s+(?:error|warning)\s+(.*?)\s+([a-z-]+)\s+specmark\s*$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => `${match[1]} ${match[3]} ${match[2]}`);
  expect(fromRemark).toEqual(fromCli);
});
