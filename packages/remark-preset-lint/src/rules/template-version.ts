import { planRepairs, type FrontmatterEntry, type Template } from '@specmark/template';
import { createRule } from '../lib/rules/create-rule.ts';
import { rangeOf, report, reportRepair } from '../lib/rules/report.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { defineMessages, type RuleMessage } from '../lib/rules/rule-messages.ts';

/** Options of `template-version`. */
export type TemplateVersionOptions = TemplateOptions;

/** The messages of `template-version`, by id. */
const messages = defineMessages({
  'template-option': '{{reason}}',
  'unknown-template': 'Unexpected template `{{template}}`, expected one of {{known}} (pass a team’s template with the `template` or `templates` option)',
  'outdated-version': 'Unexpected `templateVersion: {{version}}`, expected `{{current}}`, the current version of `{{template}}`: update the spec to the template, then set `templateVersion: {{current}}`',
  'outdated-version-changes': 'Unexpected `templateVersion: {{version}}`, expected `{{current}}`, the current version of `{{template}}`: update the spec to the template ({{changes}}), then set `templateVersion: {{current}}`',
  'future-version': 'Unexpected `templateVersion: {{version}}`, expected at most `{{current}}`, the newest version of `{{template}}` this linter knows: upgrade `@specmark/remark-preset-lint`',
});

/** The `template-version` rule. What it checks, with examples: `./template-version.docs.ts` (https://specmark.dev/rules/template-version/). */
const templateVersion = createRule<TemplateVersionOptions>({
  id: 'template-version',
  severity: 'error',
  messages,
  needsTemplate: false,
  check({ tree, file, document, choice, reading }) {
    const { frontmatter } = document;
    const at = (entry: FrontmatterEntry | undefined) => {
      if (!frontmatter.node) return tree.position?.start;
      if (!frontmatter.node.position) return undefined;
      return entry ? rangeOf(document, entry.start, entry.end) : frontmatter.node;
    };
    if (choice.problem?.code === 'option') {
      report(file, messages['template-option'], { reason: choice.problem.reason }, at(frontmatter.entries.get('template')));
      return;
    }
    if (choice.problem?.code === 'unknown') {
      const { id, known } = choice.problem;
      report(file, messages['unknown-template'], { template: id, known: known.map((item) => '`' + item + '`').join(', ') }, at(frontmatter.entries.get('template')), {
        expected: known,
      });
      return;
    }
    const template = choice.template as Template;
    const entry = frontmatter.entries.get('templateVersion');
    const version = entry?.value;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version === template.version) return;
    if (version < template.version) {
      const changes = Object.entries(template.changes)
        .map(([number, text]) => [Number(number), text] as const)
        .filter(([number]) => number > version && number <= template.version)
        .sort(([a], [b]) => a - b)
        .map(([number, text]) => `version ${number}: ${text}`);
      const note = changes.length > 0 ? `What changed in \`${template.id}\` since version ${version}: ${changes.join('; ')}` : undefined;
      const data = { version, current: template.version, template: template.id };
      const [declared, full]: [RuleMessage, Record<string, string | number>] =
        changes.length > 0 ? [messages['outdated-version-changes'], { ...data, changes: changes.join('; ') }] : [messages['outdated-version'], data];
      // The quick fix raises the version only when the update is mechanical (the repair plan says so).
      const repair = reading ? planRepairs(reading).find((each) => each.code === 'version-bumped') : undefined;
      const message = repair ? reportRepair(file, document, declared, full, repair) : report(file, declared, full, at(entry));
      if (message && note) message.note = note;
    } else {
      report(file, messages['future-version'], { version, current: template.version, template: template.id }, at(entry));
    }
  },
});

export default templateVersion;
