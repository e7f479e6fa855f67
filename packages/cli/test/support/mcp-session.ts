import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';

/** The `specmark` executable of this checkout (it runs the TypeScript sources). */
export const specmarkBin = fileURLToPath(new URL('../../bin/specmark.js', import.meta.url));

/** A tool call's result as a client receives it. */
export interface ToolCallResult {
  content: { type: string; text?: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

/** A client connected to `specmark mcp` over stdio. */
export interface McpSession {
  /** The SDK's client. */
  client: Client;
  /** Call a tool; never throws for a tool error (`isError`). */
  call(name: string, args?: Record<string, unknown>): Promise<ToolCallResult>;
  /** What the server wrote to stderr so far. */
  stderr(): string;
  /** Close the connection (the server exits when its stdin ends). */
  close(): Promise<void>;
}

/**
 * Start `node bin/specmark.js mcp` in a folder with the MCP SDK's own client (v2,
 * `@modelcontextprotocol/client`) over stdio, under the Node.js running the tests.
 *
 * @param cwd The workspace folder the server starts in.
 * @param args More arguments after `mcp` (default: none).
 * @param era `legacy` for the 2025-era `initialize` opening (the client's default), `modern` to pin
 *   protocol revision 2026-07-28 (default: `legacy`).
 * @returns The session.
 */
export async function mcpSession(cwd: string, args: string[] = [], era: 'legacy' | 'modern' = 'legacy'): Promise<McpSession> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [specmarkBin, 'mcp', ...args], cwd, stderr: 'pipe', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  let stderr = '';
  (transport.stderr as Readable | null)?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const client = new Client({ name: 'specmark-test', version: '1.0.0' }, era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {});
  await client.connect(transport);
  return {
    client,
    call: async (name, args = {}) => (await client.callTool({ name, arguments: args })) as ToolCallResult,
    stderr: () => stderr,
    close: () => client.close(),
  };
}

/**
 * The text content of a tool result (its first text block).
 *
 * @param result The result.
 * @returns The text.
 */
export function textOf(result: ToolCallResult): string {
  return result.content.find((block) => block.type === 'text')?.text ?? '';
}
