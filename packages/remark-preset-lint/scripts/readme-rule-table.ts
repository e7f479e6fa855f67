// The README's table of rules, made from the rules' docs (src/rules/<id>.docs.ts); shared by the
// script that writes it (docs-readme.ts) and the test that keeps the committed README fresh.
import type { RuleDocs } from '../src/docs.ts';

/** Where the README keeps the table. */
export const readmeFile = new URL('../README.md', import.meta.url);

/** The command that rewrites the table, as the test and the README name it. */
export const regenerateCommand = 'npm run docs:readme -w packages/remark-preset-lint';

const start = `<!-- rule-table: generated from src/rules/*.docs.ts by \`${regenerateCommand}\` -->`;
const end = '<!-- /rule-table -->';

/** A table cell: its text on one line, `|` escaped. */
function cell(text: string): string {
  return text.split('\n').map((line) => line.trim()).join(' ').replace(/\|/g, '\\|');
}

/**
 * The Markdown table of the rules, in rule order: id (linked to its page), what it checks and its
 * default severity.
 *
 * @param docs The rules' documentation.
 * @returns The table, with its start and end markers, ending with a line break.
 */
export function ruleTable(docs: readonly RuleDocs[]): string {
  const rows = docs.map((rule) => `| [\`${rule.id}\`](${rule.url}) | ${cell(rule.summary)} | ${cell(rule.severity)} |`);
  return [start, '', '| rule | checks | default severity |', '|---|---|---|', ...rows, '', end].join('\n') + '\n';
}

/**
 * Put a table in the README in place of the one between the markers.
 *
 * @param readme The README's text.
 * @param table The table from {@link ruleTable}.
 * @returns The README's new text.
 * @throws {Error} When the README has no start or end marker.
 */
export function withRuleTable(readme: string, table: string): string {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end, from);
  if (from === -1 || to === -1) throw new Error(`Unexpected README without the rule table markers, expected \`${start}\` and \`${end}\` around the table`);
  const after = readme.slice(to + end.length).replace(/^\n/, '');
  return readme.slice(0, from) + table + after;
}
