import type { TemplateProblem } from './template-problem.ts';

/** Quote a value for a message. */
function quote(value: string): string {
  return '`' + value + '`';
}

/**
 * Word a template problem. Every template problem's wording lives here.
 *
 * @param problem The problem, as data.
 * @returns One sentence, `Unexpected …, expected …`.
 */
export function templateProblemMessage(problem: TemplateProblem): string {
  switch (problem.code) {
    case 'frontmatter-missing':
      return 'Unexpected template without frontmatter, expected YAML frontmatter with `id` and `version`';
    case 'frontmatter-yaml':
      return `Unexpected invalid YAML in frontmatter (${problem.params.reason}), expected a YAML mapping`;
    case 'frontmatter-value':
      return `Unexpected ${problem.params.actual} for ${quote(problem.params.key)}, expected ${problem.params.expected}`;
    case 'frontmatter-field-unknown':
      return `Unexpected options for unknown field ${quote(problem.params.slug)}, expected one of ${problem.params.fields.map(quote).join(', ')}`;
    case 'title-missing':
      return 'Unexpected template without a `#` heading, expected a `#` heading with the prompt for the feature name';
    case 'title-duplicate':
      return `Unexpected second \`#\` heading, expected one only (the first is on line ${problem.params.first})`;
    case 'heading-depth':
      return `Unexpected heading of depth ${problem.params.depth}, expected \`#\` title, \`##\` sections and \`###\` fields`;
    case 'section-empty':
      return `Unexpected section ${quote(problem.params.section)} without fields, expected at least one \`###\` field`;
    case 'field-outside-section':
      return `Unexpected field ${quote(problem.params.field)} before any section, expected it under a \`##\` section`;
    case 'field-duplicate':
      return `Unexpected second field ${quote(problem.params.field)}, expected unique field titles (the first is on line ${problem.params.first})`;
    case 'field-empty':
      return `Unexpected empty field ${quote(problem.params.field)}, expected a bracketed prompt or a list of items`;
    case 'field-body':
      return `Unexpected ${problem.params.actual} in field ${quote(problem.params.field)}, expected one paragraph or one list`;
    case 'content-outside-field':
      return `Unexpected ${problem.params.actual} outside a field, expected content under a \`###\` field heading`;
  }
}
