import type { McpServer } from '@modelcontextprotocol/server';
import { environments } from '@specmark/schema';
import { shownText } from '@specmark/schema/text';
import * as z from 'zod';
import { newSpec, NewSpecError, type NewSpec } from '../new/new-spec.ts';
import type { SpecDetails } from '../new/spec-details.ts';
import type { ToolContext } from './tool-context.ts';
import { ToolError } from './tool-problem.ts';
import { guarded, toolResult } from './tool-result.ts';
import { newWorkspaceFile, resolveWorkspacePath } from './workspace-path.ts';
import { writeSpec } from './write-spec.ts';

/** The inputs of `new_spec`: what `specmark new` takes. */
const newInputSchema = z.object({
  template: z.string().optional().describe('Template id (see `list_templates`; default: the workspace\'s configured template)'),
  title: z.string().describe('The feature, in a few words: the spec\'s title and `#` heading ("Stripe refunds")'),
  owner: z.string().optional().describe('The team or person responsible'),
  provider: z.string().optional().describe('The API or service being integrated ("Stripe")'),
  environments: z.array(z.enum(environments)).optional().describe('The environments the integration covers'),
  path: z.string().optional().describe('Where the spec goes, relative to the workspace root (default: the title in kebab-case, `stripe-refunds.md`)'),
  write: z.boolean().optional().describe('Write the file (default: false, only return the text); an existing file is never overwritten'),
});

/** The result of `new_spec`. */
const newOutputSchema = z.object({
  template: z.string(),
  templateVersion: z.number().int(),
  path: z.string().describe('The spec\'s path relative to the workspace root'),
  text: z.string().describe('The new spec: frontmatter, and every section and field with its prompt'),
  written: z.boolean(),
});

/** A {@link NewSpecError} as the tool's problem. */
function toolProblem(error: unknown): unknown {
  if (!(error instanceof NewSpecError)) return error;
  const { problem } = error;
  if (problem.code === 'path-invalid') return new ToolError({ code: 'path-invalid', params: problem.params });
  return new ToolError({ code: 'value-invalid', params: { key: problem.code === 'title-missing' ? 'title' : problem.params.key } });
}

/**
 * Register `new_spec`: a new spec from a template, as `specmark new` writes it (frontmatter with
 * the template and its version, title, `status: draft`, owner, provider, environments, today's
 * date; every section and field with its prompt), written only when asked and never over a file.
 *
 * @param server The server.
 * @param context The workspace and log.
 */
export function registerNewSpec(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'new_spec',
    {
      title: 'Start a spec from a template',
      description: [
        'Start a new spec from a Specmark template, as `specmark new` does: frontmatter (template, version, title, status draft, owner, provider, environments, created)',
        'and every section and field with its [bracketed prompt] to replace. Returns the text; with `write: true` it creates the file (never over an existing one).',
        'Then replace each prompt (get_template says what each field asks) and run check_spec.',
      ].join(' '),
      inputSchema: newInputSchema,
      outputSchema: newOutputSchema,
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    },
    (input) =>
      guarded(async () => {
        const { templates } = await context.workspace();
        const id = input.template ?? templates.defaultId;
        const template = templates.byId.get(id);
        if (!template) throw new ToolError({ code: 'template-unknown', params: { actual: id, known: [...templates.byId.keys()] } });
        const details: SpecDetails = {};
        if (input.owner !== undefined) details.owner = input.owner;
        if (input.provider !== undefined) details.provider = input.provider;
        if (input.environments !== undefined) details.environments = input.environments;
        let spec: NewSpec;
        try {
          spec = newSpec({ template, title: input.title, details, path: input.path, today: context.now() });
        } catch (error) {
          throw toolProblem(error);
        }
        const { text } = spec;
        const path = input.write ? await newWorkspaceFile(context.root, spec.path) : resolveWorkspacePath(context.root, spec.path);
        if (input.write) await writeSpec(path.absolute, text, spec.path);
        const shownPath = shownText(path.relative);
        const about = `from template \`${shownText(template.id)}\` v${template.version}`;
        return toolResult(
          { template: template.id, templateVersion: template.version, path: path.relative, text, written: input.write === true },
          input.write
            ? `Wrote ${shownPath} ${about}: replace each [bracketed prompt] (get_template says what each field asks), then run check_spec.`
            : `A new spec for ${shownPath} ${about}, not written (call again with \`write: true\` to create the file):\n\n${text}`,
        );
      }, context.log, context.debug),
  );
}
