import type { McpServer } from '@modelcontextprotocol/server';
import { ruleMessages } from '@specmark/remark-preset-lint';
import { exampleSetting, ruleDocs } from '@specmark/remark-preset-lint/docs';
import { shownText } from '@specmark/schema/text';
import * as z from 'zod';
import type { ToolContext } from './tool-context.ts';
import { ToolError } from './tool-problem.ts';
import { guarded, toolResult } from './tool-result.ts';

/** The result of `explain_rule`. */
const explanationSchema = z.object({
  id: z.string(),
  summary: z.string(),
  description: z.string().describe('What the rule checks and why, in Markdown'),
  severity: z.string().describe('Default severity, in words'),
  configured: z.unknown().optional().describe('The setting the workspace configuration gives the rule, when it gives one'),
  options: z.array(z.object({ name: z.string(), type: z.string(), default: z.string(), description: z.string() })),
  messages: z.record(z.string(), z.string()).describe('The messages the rule gives: `messageId` → wording, `{{name}}` standing for the message\'s `data`'),
  examples: z.array(
    z.object({
      name: z.string().describe('`ok.md`, `not-ok.md` or a more specific name'),
      ok: z.boolean().describe('Whether the rule accepts the input'),
      input: z.string().describe('Markdown the rule checks'),
      output: z.array(z.string()).describe('The messages it gives: `line:column-line:column severity message`'),
      repaired: z.string().optional().describe('What applying the quick fixes its messages offer does to the input, as unified diff hunks, when they offer any'),
      config: z.record(z.string(), z.unknown()).optional(),
      template: z.string().optional().describe('Markdown of the compact template the example follows, when not the built-in one'),
      setting: z.string().optional().describe('What the spec is checked with besides its Markdown, such as the repository it is in'),
    }),
  ),
});

/**
 * Register `explain_rule`: a rule's summary, what it checks, its default severity, options, the
 * messages it gives (by `messageId`) and its ok / not-ok examples with the messages they give, from the rule documentation the site
 * shows. Its texts are redacted as every other answer is (`no-secrets`' examples hold credentials
 * of real shapes): line breaks are kept, secret-looking runs show their first characters.
 *
 * @param server The server.
 * @param context The workspace and log.
 */
export function registerExplainRule(server: McpServer, context: ToolContext): void {
  const ids = ruleDocs.map((docs) => docs.id);
  server.registerTool(
    'explain_rule',
    {
      title: 'Explain a lint rule',
      description: `What a Specmark rule checks and why, with examples it accepts and rejects and the messages it gives. Rules: ${ids.join(', ')}.`,
      inputSchema: z.object({ rule: z.string().describe('Rule id, as in a check_spec message (`required-checklist-items`)') }),
      outputSchema: explanationSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ rule }) =>
      guarded(async () => {
        const docs = ruleDocs.find((each) => each.id === rule);
        if (!docs) throw new ToolError({ code: 'rule-unknown', params: { actual: rule, known: ids } });
        const { loaded } = await context.workspace();
        const configured = loaded.config.rules?.[docs.id];
        const explanation = {
          id: docs.id,
          summary: docs.summary,
          description: redacted(docs.description),
          severity: docs.severity,
          ...(configured === undefined ? {} : { configured }),
          options: docs.options.map((option) => ({ ...option })),
          messages: { ...ruleMessages(docs.id) },
          examples: docs.examples.map((example) => ({
            name: example.name,
            ok: example.output.length === 0,
            input: redacted(example.input),
            output: [...example.output],
            ...(example.repaired === undefined ? {} : { repaired: redacted(example.repaired) }),
            ...(example.config === undefined ? {} : { config: example.config }),
            ...(example.template === undefined ? {} : { template: example.template }),
            ...(exampleSetting(example) === undefined ? {} : { setting: exampleSetting(example) }),
          })),
        };
        const setting = configured === undefined ? '' : ` This workspace sets it to ${JSON.stringify(configured)}.`;
        return toolResult(explanation, `${docs.id}: ${docs.summary} Severity: ${docs.severity}.${setting}\n\n${explanation.description}`);
      }, context.log, context.debug),
  );
}

/** Text of the rule documentation with secret-looking runs redacted, line breaks kept. */
function redacted(text: string): string {
  return shownText(text, { keepControls: true });
}
