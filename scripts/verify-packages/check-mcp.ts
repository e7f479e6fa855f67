import { commandOutput } from './run-command.ts';
import type { ScratchProject } from './scratch-project.ts';
import type { CheckFindings } from './step-report.ts';

/** The folder the MCP server serves, so it sees only its own spec. */
const folder = 'mcp';

/**
 * A consumer's MCP client: the SDK's own client starts `npx specmark mcp` over stdio, lists the
 * tools, writes a spec with `new_spec`, deletes its last checklist item, checks it with
 * `check_spec`, fixes it with `fix_spec` and checks the fixed text. Prints what it saw as JSON.
 */
const clientModule = `import { readFile, writeFile } from 'node:fs/promises';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';

const cwd = new URL('./${folder}/', import.meta.url);
const transport = new StdioClientTransport({ command: 'npx', args: ['specmark', 'mcp'], cwd: cwd.pathname, env: process.env, stderr: 'inherit' });
const client = new Client({ name: 'verify-packages', version: '1.0.0' });
await client.connect(transport);
const call = (name, args) => client.callTool({ name, arguments: args });
const rules = (result) => result.structuredContent.files.flatMap((file) => file.messages.map((message) => message.severity + ' ' + message.ruleId));
try {
  const tools = (await client.listTools()).tools.map((tool) => tool.name + (tool.outputSchema ? '' : ' (no output schema)'));
  const created = await call('new_spec', { title: 'Stripe refunds', owner: 'payments', provider: 'Stripe', environments: ['sandbox', 'production'], write: true });
  const file = new URL('stripe-refunds.md', cwd);
  const lines = (await readFile(file, 'utf8')).split('\\n');
  const last = lines.findLastIndex((line) => line.startsWith('- [ ] '));
  const deleted = lines[last].slice(6);
  await writeFile(file, lines.toSpliced(last, 1).join('\\n'));
  const checked = await call('check_spec', { paths: ['stripe-refunds.md'] });
  const fixed = await call('fix_spec', { path: 'stripe-refunds.md' });
  const rechecked = await call('check_spec', { text: fixed.structuredContent.text });
  console.log(JSON.stringify({
    tools,
    created: created.structuredContent?.written ?? created.content,
    deleted,
    checked: checked.isError ? checked.content : rules(checked),
    fixes: fixed.isError ? fixed.content : fixed.structuredContent.fixes.map((fix) => fix.message),
    restored: fixed.structuredContent?.text?.includes('- [ ] ' + deleted + '\\n') ?? false,
    rechecked: rechecked.isError ? rechecked.content : rules(rechecked),
  }));
} finally {
  await client.close();
}
`;

/** What the client prints. */
interface McpSeen {
  tools: string[];
  created: unknown;
  deleted: string;
  checked: string[];
  fixes: string[];
  restored: boolean;
  rechecked: string[];
}

/**
 * Connect the MCP SDK's client to `npx specmark mcp` in the scratch project: the tools are listed
 * with output schemas, `check_spec` reports a deleted guardrail as a `required-checklist-items`
 * error, and `fix_spec` returns text that checks clean for that rule.
 *
 * @param project The scratch project (with `@modelcontextprotocol/client` installed).
 * @returns The problems found.
 */
export async function checkCliMcp(project: ScratchProject): Promise<CheckFindings> {
  await project.write(`${folder}/.keep`, '');
  await project.write('mcp-client.mjs', clientModule);
  const result = await project.run('node', ['mcp-client.mjs']);
  if (result.code !== 0) return [`node mcp-client.mjs exited with ${result.code}:\n${commandOutput(result)}`];
  const seen = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as McpSeen;
  const problems: string[] = [];
  const tools = ['check_spec', 'fix_spec', 'new_spec', 'get_template', 'list_templates', 'explain_rule'];
  if (seen.tools.join() !== tools.join()) problems.push(`tools/list gave ${seen.tools.join(', ')}, expected ${tools.join(', ')}`);
  if (seen.created !== true) problems.push(`new_spec did not write the spec: ${JSON.stringify(seen.created)}`);
  if (!seen.checked.includes('error required-checklist-items')) problems.push(`check_spec did not report the deleted item as a required-checklist-items error: ${JSON.stringify(seen.checked)}`);
  if (!seen.restored) problems.push(`fix_spec did not put back \`${seen.deleted}\`: ${JSON.stringify(seen.fixes)}`);
  if (seen.rechecked.some((rule) => rule.endsWith(' required-checklist-items'))) problems.push(`the fixed text still has required-checklist-items messages: ${JSON.stringify(seen.rechecked)}`);
  return { problems, note: `${seen.tools.length} tools; check: ${seen.checked.filter((rule) => rule.startsWith('error')).join(', ')}; fix: ${seen.fixes.join(', ')}` };
}
