import { relative, sep } from 'node:path';
import type { McpServer } from '@modelcontextprotocol/server';
import { isBuiltInTemplate, type Template } from '@specmark/template';
import * as z from 'zod';
import { templateGuide } from './template-guide.ts';
import type { ToolContext } from './tool-context.ts';
import { ToolError } from './tool-problem.ts';
import { guarded, toolResult } from './tool-result.ts';

/** Where a template comes from: `built-in`, or its file relative to the workspace root. */
function templateSource(template: Template, root: string): string {
  if (isBuiltInTemplate(template.id) && template.path === undefined) return 'built-in';
  return template.path === undefined ? 'configuration' : relative(root, template.path).split(sep).join('/');
}

const fieldSchema = z.object({
  slug: z.string(),
  title: z.string().describe('The `###` heading a spec keeps'),
  kind: z.enum(['prose', 'list', 'sentence-frames', 'questions', 'checklist']),
  howToAnswer: z.string(),
  prompt: z.string().describe('The field\'s body in the template, verbatim'),
  asks: z.array(z.string()).describe('What its bracketed prompts ask'),
  examples: z.array(z.string()).describe('The template\'s `e.g.` examples: illustrations, not answers to copy'),
  items: z.array(z.object({ text: z.string(), required: z.boolean().describe('A spec must keep it (guardrail or question)') })),
  answerFormat: z.array(z.string()).describe('Answered items as the checks read them; `…` is your text'),
  goodAnswer: z.array(z.string()).describe('What a good answer names (a status, a bound, an event…): write answers, not filler'),
  options: z.record(z.string(), z.unknown()).describe('Settings of the field in the template, such as `vagueAudiences`'),
});

/** The result of `get_template`. */
const guideSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  summary: z.string(),
  useFor: z.array(z.string()),
  titlePrompt: z.string().describe('What the spec\'s `#` heading asks for'),
  titleExamples: z.array(z.string()),
  source: z.string().describe('`built-in`, or the template file relative to the workspace root'),
  default: z.boolean().describe('Whether it is the workspace\'s configured template'),
  sections: z.array(z.object({ slug: z.string(), title: z.string().describe('The `##` heading a spec keeps'), fields: z.array(fieldSchema) })),
});

/** The result of `list_templates`. */
const listSchema = z.object({
  defaultTemplate: z.string(),
  templates: z.array(
    z.object({
      id: z.string(),
      version: z.number().int(),
      title: z.string(),
      summary: z.string(),
      source: z.string(),
      default: z.boolean(),
      sections: z.number().int(),
      fields: z.number().int(),
    }),
  ),
});

/**
 * Register `get_template` (a template's sections and fields, each with its prompt and how to
 * answer it) and `list_templates` (the built-in templates and the workspace's own).
 *
 * @param server The server.
 * @param context The workspace and log.
 */
export function registerTemplateTools(server: McpServer, context: ToolContext): void {
  server.registerTool(
    'get_template',
    {
      title: 'Read a template',
      description: [
        'A Specmark template section by section: each `###` field with its kind, prompt, what it asks, the template\'s examples (not to be copied),',
        'its required items (guardrails, questions) and the format of an answer, so a spec can be filled in field by field. Default: the configured template.',
      ].join(' '),
      inputSchema: z.object({ template: z.string().optional().describe('Template id (see `list_templates`)') }),
      outputSchema: guideSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ template: wanted }) =>
      guarded(async () => {
        const { templates } = await context.workspace();
        const id = wanted ?? templates.defaultId;
        const template = templates.byId.get(id);
        if (!template) throw new ToolError({ code: 'template-unknown', params: { actual: id, known: [...templates.byId.keys()] } });
        const guide = { ...templateGuide(template), source: templateSource(template, context.root), default: id === templates.defaultId };
        const outline = guide.sections.map((section) => `${section.title}: ${section.fields.map((field) => `${field.title} (${field.kind})`).join(', ')}`).join('; ');
        const fields = guide.sections.reduce((sum, section) => sum + section.fields.length, 0);
        return toolResult(guide, `Template \`${guide.id}\` v${guide.version} (${guide.title}), ${guide.sections.length} sections and ${fields} fields. ${outline}.`);
      }, context.log, context.debug),
  );

  server.registerTool(
    'list_templates',
    {
      title: 'List templates',
      description: 'The templates specs in this workspace may follow: the built-in ones and those its Specmark configuration adds, and which is the default.',
      inputSchema: z.object({}),
      outputSchema: listSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    () =>
      guarded(async () => {
        const { templates } = await context.workspace();
        const list = [...templates.byId.values()].map((template) => ({
          id: template.id,
          version: template.version,
          title: template.title,
          summary: template.summary,
          source: templateSource(template, context.root),
          default: template.id === templates.defaultId,
          sections: template.sections.length,
          fields: template.fields.length,
        }));
        const text = list.map((each) => `\`${each.id}\` v${each.version} (${each.title}; ${each.source}${each.default ? ', default' : ''})`).join(', ');
        return toolResult({ defaultTemplate: templates.defaultId, templates: list }, `${list.length} ${list.length === 1 ? 'template' : 'templates'}: ${text}.`);
      }, context.log, context.debug),
  );
}
