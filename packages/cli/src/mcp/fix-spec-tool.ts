import type { McpServer } from '@modelcontextprotocol/server';
import { createTwoFilesPatch } from 'diff';
import * as z from 'zod';
import { fileProblemClause } from '../files/file-problem.ts';
import { fixMessage } from '../fix/fix-message.ts';
import { fixWithTemplates } from '../fix/fix-with-templates.ts';
import { skipReasonText } from '../fix/skip-reason-text.ts';
import { inlineName } from './check-spec-tool.ts';
import { limits } from './mcp-limits.ts';
import type { ToolContext } from './tool-context.ts';
import { ToolError } from './tool-problem.ts';
import { guarded, toolResult } from './tool-result.ts';
import { readWorkspaceFile } from './workspace-path.ts';
import { writeSpec } from './write-spec.ts';

/** The inputs of `fix_spec`. */
const fixInputSchema = z.object({
  path: z.string().optional().describe('The spec file to fix (`.md`/`.mdx`), relative to the workspace root'),
  text: z.string().optional().describe('Markdown of a spec to fix instead of a file'),
  write: z.boolean().optional().describe('Write the fixed text back to `path` (default: false, only return it)'),
});

/** The result of `fix_spec`. */
const fixOutputSchema = z.object({
  path: z.string().describe(`The file fixed, relative to the workspace root, or \`${inlineName}\``),
  status: z.enum(['fixed', 'unchanged']).describe('`unchanged` when there was nothing safe to fix'),
  fixes: z.array(
    z.object({
      code: z.string().describe('The repair, named as `specmark fix` and `@specmark/template`\'s `RepairCode` name it (`field-added`, `heading-level`, `item-restored`, …)'),
      message: z.string().describe('What the fix does, in words'),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
  text: z.string().describe('The whole fixed spec (equal to the input when unchanged)'),
  diff: z.string().describe('The repairs as a unified diff (empty when unchanged)'),
  written: z.boolean().describe('Whether the fixed text was written to `path`'),
});

/**
 * Register `fix_spec`: the safe repairs `specmark fix` makes (the one repair plan: add missing
 * frontmatter, title, sections and fields with their prompts, move headings to their level, put
 * back deleted guardrails and questions, raise `templateVersion` when mechanical), as the fixed
 * text and a unified diff; written to the file only when asked.
 *
 * @param server The server.
 * @param context The workspace and log.
 */
export function registerFixSpec(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'fix_spec',
    {
      title: 'Fix a spec',
      description: [
        'Apply the safe repairs of `specmark fix` to a spec: add missing frontmatter, title, sections and fields with their prompts, move headings to their level,',
        'put back deleted guardrails (required checklist items) and questions, raise `templateVersion` when the update is mechanical. Every other byte stays as it was. Returns the fixed text and a unified diff;',
        'writes the file only with `write: true` (and only if it did not change meanwhile). Prompts it adds still need answers: check_spec lists them.',
      ].join(' '),
      inputSchema: fixInputSchema,
      outputSchema: fixOutputSchema,
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    ({ path, text, write = false }) =>
      guarded(async () => {
        if (path !== undefined && text !== undefined) throw new ToolError({ code: 'input-both', params: { key: 'path' } });
        if (path === undefined && text === undefined) throw new ToolError({ code: 'input-missing', params: { key: 'path' } });
        if (write && path === undefined) throw new ToolError({ code: 'write-without-path', params: {} });
        let original: string;
        let name = inlineName;
        let file: { absolute: string; given: string } | undefined;
        if (path !== undefined) {
          const read = await readWorkspaceFile(context.root, path);
          if (read.problem) throw new ToolError({ code: 'file-unusable', params: { path, reason: fileProblemClause(read.problem) } });
          ({ text: original, relative: name } = read);
          file = { absolute: read.absolute, given: path };
        } else {
          original = text ?? '';
          const bytes = Buffer.byteLength(original);
          if (bytes > limits.fileBytes) throw new ToolError({ code: 'text-too-large', params: { bytes } });
        }
        const { templates } = await context.workspace();
        const result = fixWithTemplates(original, templates);
        if (result.status === 'skipped') {
          throw new ToolError({ code: 'fix-skipped', params: { path: path ?? inlineName, reason: skipReasonText(result), known: [...templates.byId.keys()] } });
        }
        const changed = result.fixes.length > 0;
        const diff = changed ? createTwoFilesPatch(`a/${name}`, `b/${name}`, original, result.output) : '';
        const written = changed && write && file !== undefined;
        if (written && file) await writeSpec(file.absolute, result.output, file.given, original);
        const fixes = result.fixes.map((fix) => ({ code: fix.code, message: fixMessage(fix), params: fix.params }));
        const summary = !changed
          ? `Nothing to fix in ${name}: no safe repair applies (check_spec lists what is left to write).`
          : `${written ? 'Fixed' : 'Fixes for'} ${name}: ${fixes.map((fix) => fix.message).join(', ')}.${written ? ' Written.' : path === undefined ? '' : ' Not written: call again with `write: true` to save them.'}`;
        const shownDiff = diff.length > limits.diffInText ? `${diff.slice(0, limits.diffInText)}\n… (the whole diff is in the structured result)\n` : diff;
        return toolResult({ path: name, status: changed ? 'fixed' : 'unchanged', fixes, text: result.output, diff, written }, changed ? `${summary}\n\n${shownDiff}` : summary);
      }, context.log, context.debug),
  );
}
