import { planRepairs, type FrontmatterEntry, type Template } from '@specmark/template';
import { createRule } from '../lib/create-rule.ts';
import { rangeOf, report, reportRepair } from '../lib/report.ts';
import type { TemplateOptions } from '../lib/template-options.ts';

/** Options of `template-version`. */
export type TemplateVersionOptions = TemplateOptions;

/** The `template-version` rule. What it checks, with examples: `./template-version.docs.ts` (https://specmark.dev/rules/template-version/). */
const templateVersion = createRule<TemplateVersionOptions>({
  id: 'template-version',
  severity: 'error',
  needsTemplate: false,
  check({ tree, file, document, choice, reading }) {
    const { frontmatter } = document;
    const at = (entry: FrontmatterEntry | undefined) => {
      if (!frontmatter.node) return tree.position?.start;
      if (!frontmatter.node.position) return undefined;
      return entry ? rangeOf(document, entry.start, entry.end) : frontmatter.node;
    };
    if (choice.problem?.code === 'option') {
      report(file, choice.problem.reason, at(frontmatter.entries.get('template')));
      return;
    }
    if (choice.problem?.code === 'unknown') {
      const { id, known } = choice.problem;
      report(file, `Unexpected template \`${id}\`, expected one of ${known.map((item) => '`' + item + '`').join(', ')} (pass a team’s template with the \`template\` or \`templates\` option)`, at(frontmatter.entries.get('template')), {
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
      const reason = `Unexpected \`templateVersion: ${version}\`, expected \`${template.version}\`, the current version of \`${template.id}\`: update the spec to the template${changes.length > 0 ? ` (${changes.join('; ')})` : ''}, then set \`templateVersion: ${template.version}\``;
      // The quick fix raises the version only when the update is mechanical (the repair plan says so).
      const repair = reading ? planRepairs(reading).find((each) => each.code === 'version-bumped') : undefined;
      const message = repair ? reportRepair(file, document, reason, repair) : report(file, reason, at(entry));
      if (message && note) message.note = note;
    } else {
      report(
        file,
        `Unexpected \`templateVersion: ${version}\`, expected at most \`${template.version}\`, the newest version of \`${template.id}\` this linter knows: upgrade \`@specmark/remark-preset-lint\``,
        at(entry),
      );
    }
  },
});

export default templateVersion;
