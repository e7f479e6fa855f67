import { extendSpecFrontmatter, frontmatterIssueMessageData, frontmatterIssueMessages, parseFrontmatter, validateFrontmatter, type LocatedFrontmatterIssue, type ParseFrontmatterOptions } from '@specmark/schema';
import { isBuiltInTemplate, planRepairs } from '@specmark/template';
import { createRule } from '../lib/rules/create-rule.ts';
import { rangeOf, report, reportRepair } from '../lib/rules/report.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { defineMessages, type RuleMessage } from '../lib/rules/rule-messages.ts';

/** Options of `frontmatter-schema`. */
export interface FrontmatterSchemaOptions extends TemplateOptions {
  /**
   * The schema to validate against, such as one from `extendSpecFrontmatter()` for a team's own keys
   * (default: `@specmark/schema`'s `specFrontmatterSchema`).
   */
  schema?: ParseFrontmatterOptions['schema'];
}

/** The messages of `frontmatter-schema`, by id. */
const messages = defineMessages({
  ...frontmatterIssueMessages,
  'unclosed-frontmatter': 'Unexpected frontmatter without a closing `---` line, expected `---` on the line after its last key',
  'missing-frontmatter': 'Unexpected spec without frontmatter, expected a YAML block between `---` lines at the top of the file with {{keys}}',
  'missing-template-followed': 'Unexpected frontmatter without `template`, expected `template: {{template}}`: the spec\'s headings follow that template',
});

/** The `frontmatter-schema` rule. What it checks, with examples: `./frontmatter-schema.docs.ts` (https://specmark.dev/rules/frontmatter-schema/). */
const frontmatterSchema = createRule<FrontmatterSchemaOptions>({
  id: 'frontmatter-schema',
  severity: 'error',
  messages,
  needsTemplate: false,
  options(raw) {
    const schema = raw.schema as { safeParse?: unknown } | undefined;
    if (schema !== undefined && typeof schema?.safeParse !== 'function') {
      throw new Error('Unexpected `schema` option, expected a zod schema such as one from `extendSpecFrontmatter()`');
    }
    return raw as FrontmatterSchemaOptions;
  },
  check({ tree, file, document, choice, options, reading }) {
    const { node, yaml, unclosed } = document.frontmatter;
    if (unclosed) {
      // A tree without positions was not read from this text: there is no place to report at.
      if (tree.position) report(file, messages['unclosed-frontmatter'], {}, rangeOf(document, 0, 3));
      return;
    }
    // A spec without frontmatter is one whose headings follow a template (`chooseTemplate`): the
    // message names it.
    const followed = choice.lost ? choice.template : undefined;
    if (!node || !yaml) {
      const keys = validateFrontmatter({})
        .issues.filter((issue) => issue.code === 'missing-key')
        .map((issue) => (issue.params.key === 'template' && followed ? `\`template: ${followed.id}\` (its headings follow that template)` : '`' + String(issue.params.key) + '`'));
      const data = { keys: keys.join(', ') };
      const repair = reading ? planRepairs(reading).find((each) => each.code === 'frontmatter-added') : undefined;
      if (repair) reportRepair(file, document, messages['missing-frontmatter'], data, repair);
      else report(file, messages['missing-frontmatter'], data, tree.position?.start);
      return;
    }
    const start = node.position?.start;
    if (!start) return;
    // A team template's id is allowed in `template`, with a schema built once per id.
    const team = choice.template && !isBuiltInTemplate(choice.template.id) ? choice.template.id : undefined;
    const schema = options.schema ?? (team ? teamSchema(team) : undefined);
    const result = parseFrontmatter(yaml, schema ? { schema } : {});
    const place = (issue: LocatedFrontmatterIssue) => {
      const from = { line: start.line + issue.line, column: issue.column };
      return issue.endLine !== undefined && issue.endColumn !== undefined ? { start: from, end: { line: start.line + issue.endLine, column: issue.endColumn } } : from;
    };
    for (const issue of result.issues) {
      // When no template could be chosen, `template-version` reports why (with the known ids).
      if (choice.problem && issue.path.length === 1 && issue.path[0] === 'template') continue;
      if (followed && issue.code === 'missing-key' && issue.path.length === 1 && issue.path[0] === 'template') {
        report(file, messages['missing-template-followed'], { template: followed.id }, place(issue));
        continue;
      }
      const allowed = issue.code === 'invalid-value' && Array.isArray(issue.params.allowed) ? issue.params.allowed.map(String) : undefined;
      report(file, ...issueMessage(issue), place(issue), allowed ? { expected: allowed } : {});
    }
    // What the next status will require is a warning until the spec moves on.
    for (const issue of result.pending) report(file, ...issueMessage(issue), place(issue), { advisory: true });
  },
});

/** A frontmatter issue's message, as `report` takes it: the rule's message of its id, and its data. */
function issueMessage(issue: LocatedFrontmatterIssue): [RuleMessage, Record<string, string>] {
  const { messageId, data } = frontmatterIssueMessageData(issue);
  return [messages[messageId], data];
}

const teamSchemas = new Map<string, ReturnType<typeof extendSpecFrontmatter>>();

/** The frontmatter schema that also accepts a team template's id, built once per id. */
function teamSchema(id: string): ReturnType<typeof extendSpecFrontmatter> {
  let schema = teamSchemas.get(id);
  if (!schema) {
    schema = extendSpecFrontmatter({}, { templates: [id] });
    teamSchemas.set(id, schema);
  }
  return schema;
}

export default frontmatterSchema;
