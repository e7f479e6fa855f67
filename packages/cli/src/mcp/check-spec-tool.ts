import { join } from 'node:path';
import type { McpServer } from '@modelcontextprotocol/server';
import * as z from 'zod';
import { fileProblemLintMessage, fileResult, type FileResult } from '../check/lint-message.ts';
import { CliError } from '../cli-problem.ts';
import { totals } from '../report/report-input.ts';
import { checkSuppressions } from '../suppress/check-suppressions.ts';
import { jsonReporter } from '../report/json-reporter.ts';
import { cliVersion } from '../version.ts';
import { limits } from './mcp-limits.ts';
import type { ToolContext } from './tool-context.ts';
import { ToolError } from './tool-problem.ts';
import { guarded, toolResult } from './tool-result.ts';
import { readWorkspaceFile, type WorkspaceFile } from './workspace-path.ts';

/** What a text given inline is called in results. */
export const inlineName = '(text)';

const place = z.number().int().nullable();

/** One message, as `specmark check --reporter json` writes it. */
const lintMessageSchema = z.object({
  ruleId: z.string().nullable().describe('The rule, e.g. `required-checklist-items` (see `explain_rule`)'),
  source: z.string().nullable(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string().describe('What is wrong: `Unexpected …, expected …`'),
  line: place.describe('Start line, 1-based'),
  column: place.describe('Start column, 1-based'),
  endLine: place,
  endColumn: place,
  url: z.string().nullable().describe("The rule's documentation page"),
  note: z.string().nullable(),
  messageId: z.string().nullable().describe('Which of its rule\'s messages this is, stable when the wording changes (`explain_rule` lists them)'),
  data: z.record(z.string(), z.string()).nullable().describe('The text of each placeholder of the message\'s wording'),
});

/** The report of `check_spec`: the shape of `specmark check --reporter json`. */
export const checkReportSchema = z.object({
  version: z.literal(1),
  tool: z.object({ name: z.literal('specmark'), version: z.string() }),
  fileCount: z.number().int(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  suppressedCount: z.number().int().describe('Errors not reported because specmark-suppressions.json counts them'),
  files: z.array(
    z.object({
      path: z.string().describe(`Path relative to the workspace root, or \`${inlineName}\` for \`text\``),
      messages: z.array(lintMessageSchema),
      errorCount: z.number().int(),
      warningCount: z.number().int(),
      suppressedMessages: z.array(lintMessageSchema).describe('Errors specmark-suppressions.json suppresses (not in `messages`, not counted)'),
    }),
  ),
  unusedSuppressions: z
    .array(z.object({ path: z.string(), ruleId: z.string(), count: z.number().int(), missing: z.boolean() }))
    .describe('Suppressed errors of these files that no longer occur (`specmark check --prune-suppressions` removes them)'),
});

/** The inputs of `check_spec`. */
const checkInputSchema = z.object({
  paths: z.array(z.string()).optional().describe(`Spec files to check (\`.md\`/\`.mdx\`), relative to the workspace root; at most ${limits.paths}`),
  text: z.string().optional().describe('Markdown of a spec to check instead of files (not written anywhere)'),
});

/**
 * Word a check's results in one paragraph: the counts, then the first problems.
 *
 * @param files The results.
 * @returns The paragraph.
 */
export function checkSummary(files: readonly FileResult[]): string {
  const { errorCount: errors, warningCount: warnings, suppressedCount: suppressed } = totals(files);
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const problems = files.flatMap((file) => file.messages.map((message) => ({ file, message })));
  const head = `Checked ${plural(files.length, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${suppressed === 0 ? '' : `; ${plural(suppressed, 'error')} suppressed by specmark-suppressions.json`}.`;
  if (problems.length === 0) return `${head} No problems.`;
  const shown = problems.slice(0, limits.problemsInText).map(({ file, message }) => {
    const where = message.line === null ? file.path : `${file.path}:${message.line}:${message.column ?? 1}`;
    return `${where} ${message.severity} ${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}`;
  });
  const more = problems.length > shown.length ? ` And ${problems.length - shown.length} more in the structured result.` : '';
  return `${head} ${shown.join('; ')}.${more}`;
}

/**
 * Register `check_spec`: the Specmark checks on spec files of the workspace, or on Markdown
 * text, with the configuration `specmark check` uses; the messages of its JSON reporter.
 *
 * @param server The server.
 * @param context The workspace and log.
 */
export function registerCheckSpec(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'check_spec',
    {
      title: 'Check a spec',
      description: [
        'Check spec files written from a Specmark template (or Markdown text) with the Specmark lint rules and the workspace configuration,',
        'exactly as `specmark check --reporter json`: missing sections and fields, prompts left in, unanswered questions, deleted guardrails, leaked secrets.',
        'Give `paths` (inside the workspace) or `text`. Run it after writing or editing a spec, before building from it.',
      ].join(' '),
      inputSchema: checkInputSchema,
      outputSchema: checkReportSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ paths, text }) =>
      guarded(async () => {
        if (paths !== undefined && text !== undefined) throw new ToolError({ code: 'input-both', params: { key: 'paths' } });
        let sources: WorkspaceFile[];
        if (text !== undefined) {
          const bytes = Buffer.byteLength(text);
          if (bytes > limits.fileBytes) throw new ToolError({ code: 'text-too-large', params: { bytes } });
          sources = [{ absolute: join(context.root, 'spec.md'), relative: inlineName, text }];
        } else {
          if (paths === undefined || paths.length === 0) throw new ToolError({ code: 'input-missing', params: { key: 'paths' } });
          if (paths.length > limits.paths) throw new ToolError({ code: 'paths-too-many', params: { count: paths.length } });
          const read = await Promise.all(paths.map((path) => readWorkspaceFile(context.root, path)));
          // Two spellings of one path are one file.
          sources = [...new Map(read.map((source) => [source.relative, source])).values()];
        }
        const workspace = await context.workspace();
        const files: FileResult[] = [];
        for (const source of sources) {
          // Bytes that are not UTF-8 are reported at the first of them, as `specmark check` reports them.
          // Markdown that is not a spec gets no message, as in `specmark check` with the file named.
          const messages = source.problem ? [fileProblemLintMessage(source.problem)] : ((await workspace.lint(source.absolute, source.text)).messages ?? []);
          files.push(fileResult(source.relative, messages));
        }
        files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        // The workspace's suppressions file applies as it does to `specmark check` run in the root;
        // only the unused suppressions of the files checked here are reported.
        const suppressed = await checkSuppressions(files, { action: 'apply' }, { cwd: context.root, root: context.root }).catch((error: unknown) => {
          throw error instanceof CliError ? new ToolError({ code: 'workspace', params: { reason: error.message } }) : error;
        });
        const checked = new Set(files.map((file) => file.path));
        const unusedSuppressions = suppressed.unused.filter((entry) => checked.has(entry.path));
        const report = JSON.parse(jsonReporter({ files: suppressed.files, version: cliVersion(), unusedSuppressions })) as Record<string, unknown>;
        return toolResult(report, checkSummary(suppressed.files));
      }, context.log, context.debug),
  );
}
