import type { CallToolResult } from '@modelcontextprotocol/server';
import { ToolError } from './tool-problem.ts';
import { shownText } from '@specmark/schema/text';
import { errorLine } from '../error-line.ts';

/** Where the server writes its log lines (stderr: stdout carries only JSON-RPC). */
export type ServerLog = (line: string) => void;

/**
 * A successful tool result: the structured content its output schema describes, and a short text
 * for clients that show text only.
 *
 * @param structured The structured content.
 * @param text The text content.
 * @returns The result.
 */
export function toolResult(structured: Record<string, unknown>, text: string): CallToolResult {
  return { content: [{ type: 'text', text }], structuredContent: structured };
}

/**
 * Run a tool's work and turn what it throws into a tool error (`isError: true`) with one
 * sentence: the problem's message for a {@link ToolError}, otherwise an internal error whose
 * stack goes to the log only when `SPECMARK_DEBUG` is set. Nothing it throws ends the server.
 *
 * @param work The tool's work.
 * @param log Where to write details of internal errors.
 * @param debug Whether to log stacks (default: `false`).
 * @returns The tool's result, or the error result.
 */
export async function guarded(work: () => Promise<CallToolResult>, log: ServerLog, debug = false): Promise<CallToolResult> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ToolError) return { isError: true, content: [{ type: 'text', text: error.message + '.' }] };
    log(`Internal error: ${errorLine(error)}.${debug ? '\n' + String((error as Error).stack) : ' Set SPECMARK_DEBUG=1 for details.'}`);
    return { isError: true, content: [{ type: 'text', text: `Internal error: ${shownText(errorLine(error))}.` }] };
  }
}
