import { realpath } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import type { McpServer } from '@modelcontextprotocol/server';
import { environments } from '@specmark/schema';
import { shownText } from '@specmark/schema/text';
import * as z from 'zod';
import { newSpec, NewSpecError, type NewSpec } from '../new/new-spec.ts';
import { allOperationsLimit } from '../new/operations-limit.ts';
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
  api: z
    .string()
    .optional()
    .describe('Start from the provider\'s OpenAPI or Swagger description: a file in the workspace (relative to its root) or a package path (`@octokit/openapi/generated/api.github.com.json`)'),
  operations: z
    .array(z.string())
    .optional()
    .describe(`The operations the spec integrates, in \`api\`, as \`METHOD /path\` or operationIds (default: all of them when the description documents at most ${allOperationsLimit})`),
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
  if (problem.code === 'api-missing' || problem.code === 'api-unreadable' || problem.code === 'operation-unknown' || problem.code === 'operations-missing') return new ToolError(problem);
  return new ToolError({ code: 'value-invalid', params: { key: problem.code === 'title-missing' ? 'title' : problem.params.key } });
}

/**
 * Register `new_spec`: a new spec from a template, as `specmark new` writes it (frontmatter with
 * the template and its version, title, `status: draft`, owner, provider, environments, today's
 * date; every section and field with its prompt; started from a provider's API description when
 * given one), written only when asked and never over a file.
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
        'With `api` (the provider\'s OpenAPI or Swagger description) and `operations`, it starts from the description: `api`, provider, auth and environments in the frontmatter,',
        'each operation in scope, and one key behavior to finish per error status the description documents for it.',
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
        const operations = input.operations ?? [];
        if (input.api === undefined && operations.length > 0) throw new ToolError({ code: 'api-missing', params: {} });
        let spec: NewSpec;
        try {
          const request = { template, title: input.title, details, path: input.path, today: context.now() };
          spec = newSpec(request);
          if (input.api !== undefined) {
            const { apiPrefill } = await import('../new/api-prefill.ts');
            const specPath = resolveWorkspacePath(context.root, spec.path).absolute;
            const allowed = async (path: string): Promise<boolean> => {
              const real = await realpath(path).catch(() => path);
              const inside = relative(context.root, real);
              return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
            };
            const { answers } = await apiPrefill({ template, title: input.title.trim(), description: input.api, operations, from: context.root, specPath, allowed });
            spec = newSpec({ ...request, prefill: answers });
          }
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
