import type { Readable, Writable } from 'node:stream';
import { McpServer } from '@modelcontextprotocol/server';
import { serveStdio, StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import { errorLine } from '../error-line.ts';
import { cliVersion } from '../version.ts';
import { registerCheckSpec } from './check-spec-tool.ts';
import { registerExplainRule } from './explain-rule-tool.ts';
import { registerFixSpec } from './fix-spec-tool.ts';
import { registerNewSpec } from './new-spec-tool.ts';
import { registerTemplateTools } from './template-tools.ts';
import type { ToolContext } from './tool-context.ts';

/** What the server tells a client about using it, once, when it connects. */
const instructions = [
  'Specmark checks spec files written from a template before anything is built from them.',
  'To write a spec: new_spec (or list_templates, then get_template for what each field asks), replace every [bracketed prompt], then check_spec until it reports no errors.',
  'fix_spec puts back deleted guardrails and missing sections; explain_rule says what a rule wants.',
  'Paths are relative to the workspace root.',
].join(' ');

/**
 * Make the Specmark MCP server with its tools: `check_spec`, `fix_spec`, `new_spec`,
 * `get_template`, `list_templates`, `explain_rule`.
 *
 * @param context The workspace, log and clock the tools use.
 * @returns The server, not yet connected.
 */
export function specmarkMcpServer(context: ToolContext): McpServer {
  const server = new McpServer({ name: 'specmark', title: 'Specmark', version: cliVersion() }, { capabilities: { tools: {} }, instructions });
  registerCheckSpec(server, context);
  registerFixSpec(server, context);
  registerNewSpec(server, context);
  registerTemplateTools(server, context);
  registerExplainRule(server, context);
  return server;
}

/**
 * Serve the Specmark tools over stdio until the client closes the connection (stdin ends).
 * Clients of either protocol era are served: an `initialize` opening (MCP 2025-era revisions,
 * as clients of SDK 1.x send) and a 2026-07-28 opening alike. Only JSON-RPC goes to `stdout`.
 *
 * @param context The workspace, log and clock the tools use.
 * @param stdin Where requests come from.
 * @param stdout Where responses go.
 * @returns When the connection has closed.
 */
export async function serveMcp(context: ToolContext, stdin: Readable, stdout: Writable): Promise<void> {
  const ended = new Promise<void>((resolve) => {
    stdin.once('end', resolve);
    stdin.once('close', resolve);
  });
  const handle = serveStdio(() => specmarkMcpServer(context), {
    transport: new StdioServerTransport(stdin, stdout),
    onerror: (error) => context.log(`Protocol error: ${errorLine(error)}`),
  });
  await ended;
  await handle.close();
}
