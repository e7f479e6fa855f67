import type { TemplateProblem } from './template-problem.ts';
import { templateProblemMessage } from './template-problem-message.ts';

/**
 * Thrown when a template's Markdown cannot be loaded. Its message lists every problem as
 * `file:line:column: message`; `problems` has them as data.
 */
export class TemplateError extends Error {
  /** Every problem found, in file order. */
  readonly problems: readonly TemplateProblem[];
  /** The template file, when known. */
  readonly path: string | undefined;

  /**
   * @param problems Problems found (at least one).
   * @param path File the template came from (default: none).
   */
  constructor(problems: readonly TemplateProblem[], path?: string) {
    const where = path ?? 'template';
    super(
      problems
        .map((problem) => `${where}:${problem.place.line}:${problem.place.column}: ${templateProblemMessage(problem)}`)
        .join('\n'),
    );
    this.name = 'TemplateError';
    this.problems = problems;
    this.path = path;
  }
}
