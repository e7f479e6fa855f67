import type { Point } from './model.ts';

/**
 * A problem found in a template's Markdown, as data: a `code`, the `params` its message needs,
 * and where it is. {@link templateProblemMessage} words it.
 */
export type TemplateProblem =
  | { code: 'frontmatter-missing'; params: Record<string, never>; place: Point }
  | { code: 'frontmatter-yaml'; params: { reason: string }; place: Point }
  | { code: 'frontmatter-value'; params: { key: string; actual: string; expected: string }; place: Point }
  | { code: 'frontmatter-field-unknown'; params: { slug: string; fields: string[] }; place: Point }
  | { code: 'title-missing'; params: Record<string, never>; place: Point }
  | { code: 'title-duplicate'; params: { first: number }; place: Point }
  | { code: 'heading-depth'; params: { depth: number }; place: Point }
  | { code: 'section-empty'; params: { section: string }; place: Point }
  | { code: 'field-outside-section'; params: { field: string }; place: Point }
  | { code: 'field-duplicate'; params: { field: string; first: number }; place: Point }
  | { code: 'field-empty'; params: { field: string }; place: Point }
  | { code: 'field-body'; params: { field: string; actual: string }; place: Point }
  | { code: 'content-outside-field'; params: { actual: string }; place: Point };

/** The code of a {@link TemplateProblem}. */
export type TemplateProblemCode = TemplateProblem['code'];
