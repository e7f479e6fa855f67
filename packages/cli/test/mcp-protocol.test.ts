import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Client as ClientV1 } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport as StdioClientTransportV1 } from '@modelcontextprotocol/sdk/client/stdio.js';
import { expect, test } from 'vitest';
import { mcpSession, specmarkBin } from './support/mcp-session.ts';
import { apiTemplate, filledSpec, withoutGuardrail, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

/** A workspace with a spec missing a guardrail. */
async function workspace(): Promise<string> {
  const template = await apiTemplate();
  const folder = await tempFolder();
  await writeFiles(folder, { 'spec.md': withoutGuardrail(template, filledSpec(template)).markdown });
  return folder;
}

/** The rule ids of a check_spec result's messages. */
function ruleIds(structured: unknown): string[] {
  return (structured as { files: { messages: { ruleId: string }[] }[] }).files.flatMap((file) => file.messages.map((message) => message.ruleId));
}

test('a client of the 1.x SDK (`@modelcontextprotocol/sdk`) connects with `initialize` and gets structured results', async () => {
  const folder = await workspace();
  const client = new ClientV1({ name: 'specmark-test-v1', version: '1.0.0' });
  await client.connect(new StdioClientTransportV1({ command: process.execPath, args: [specmarkBin, 'mcp'], cwd: folder, stderr: 'pipe' }));
  try {
    expect(client.getServerVersion()).toMatchObject({ name: 'specmark' });
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(['check_spec', 'fix_spec', 'new_spec', 'get_template', 'list_templates', 'explain_rule']);
    expect(tools.every((tool) => tool.outputSchema?.type === 'object')).toBe(true);
    // The 1.x client validates structured content against the output schema itself.
    const result = await client.callTool({ name: 'check_spec', arguments: { paths: ['spec.md'] } });
    expect(ruleIds(result.structuredContent)).toEqual(['required-checklist-items']);
  } finally {
    await client.close();
  }
});

test('a 2.x client pinned to protocol revision 2026-07-28 is served too', async () => {
  const folder = await workspace();
  const session = await mcpSession(folder, [], 'modern');
  try {
    expect(session.client.getNegotiatedProtocolVersion()).toBe('2026-07-28');
    const result = await session.call('check_spec', { paths: ['spec.md'] });
    expect(ruleIds(result.structuredContent)).toEqual(['required-checklist-items']);
    const fixed = await session.call('fix_spec', { path: 'spec.md' });
    expect(ruleIds((await session.call('check_spec', { text: (fixed.structuredContent as { text: string }).text })).structuredContent)).toEqual([]);
  } finally {
    await session.close();
  }
});

test('stdout carries only JSON-RPC: each line a message, older revisions negotiated as asked, logs on stderr', async () => {
  const folder = await workspace();
  await writeFiles(folder, { 'specmark.config.mjs': "console.log('configuration loaded');\nprocess.stdout.write === undefined;\nexport default { rules: {} };\n" });
  const child = spawn(process.execPath, [specmarkBin, 'mcp'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout });
  const received: unknown[] = [];
  const waiting = new Map<number, (message: Record<string, unknown>) => void>();
  lines.on('line', (line) => {
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(line) as Record<string, unknown>;
    } catch {
      message = { notJsonRpc: line };
    }
    received.push(message);
    waiting.get(message.id as number)?.(message);
  });
  const request = (id: number, method: string, params: Record<string, unknown>) =>
    new Promise<Record<string, unknown>>((resolve) => {
      waiting.set(id, resolve);
      child.stdin.write(JSON.stringify({ jsonrpc: '2.0', id, method, params }) + '\n');
    });
  const init = await request(1, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } });
  expect(init.result).toMatchObject({ protocolVersion: '2025-06-18', serverInfo: { name: 'specmark' }, capabilities: { tools: {} } });
  expect((init.result as { instructions: string }).instructions).toMatch(/^Specmark checks spec files/);
  child.stdin.write(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) + '\n');
  const called = await request(2, 'tools/call', { name: 'check_spec', arguments: { paths: ['spec.md'] } });
  expect(ruleIds((called.result as { structuredContent: unknown }).structuredContent)).toEqual(['required-checklist-items']);
  const unknown = await request(3, 'tools/call', { name: 'no_such_tool', arguments: {} });
  expect(JSON.stringify(unknown)).toContain('no_such_tool');
  child.stdin.end('{not json}\n');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code).toBe(0);
  expect(received.filter((message) => (message as { jsonrpc?: string }).jsonrpc !== '2.0')).toEqual([]);
  expect(stderr).toContain('configuration loaded');
});
