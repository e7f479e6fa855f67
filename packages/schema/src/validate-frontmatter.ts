import type * as z from 'zod';
import { pendingRequirements } from './cross-field-rules.ts';
import type { FrontmatterIssue } from './frontmatter-issue.ts';
import { issuesFromZod, typeOf } from './issues-from-zod.ts';
import { extendSpecFrontmatter, specFrontmatterSchema, type SpecFrontmatter } from './spec-frontmatter-schema.ts';

/** Options of {@link validateFrontmatter} and `parseFrontmatter`. */
export interface ValidateFrontmatterOptions<Output = SpecFrontmatter> {
  /**
   * The schema to validate against, such as one made with `extendSpecFrontmatter`
   * (default: `specFrontmatterSchema`, or one with `templates` when given).
   */
  schema?: z.ZodType<Output>;
  /**
   * Ids of a team's own templates, accepted in `template` besides the built-in ones; used only
   * when no `schema` is given (default: `[]`).
   */
  templates?: readonly string[];
}

/** What {@link validateFrontmatter} found. */
export interface ValidateFrontmatterResult<Output = SpecFrontmatter> {
  /** The validated frontmatter, when there are no issues. */
  data?: Output;
  /** Every issue found; empty when the frontmatter is valid. */
  issues: FrontmatterIssue[];
  /**
   * What the spec still lacks for the next status of its lifecycle (`required-from` issues: in a
   * draft, the keys `review` requires). Not errors: they do not stop `data`.
   */
  pending: FrontmatterIssue[];
}

/**
 * Validate frontmatter that is already parsed (from YAML, JSON or Astro's content loader).
 * Never throws on bad data: every problem is an issue. What the next status will require is
 * listed apart, in `pending`.
 *
 * @param data The frontmatter object.
 * @param options Schema or extra template ids (default: `{}`).
 * @returns The frontmatter as the schema outputs it, or the issues; and what is pending.
 */
export function validateFrontmatter<Output = SpecFrontmatter>(data: unknown, options: ValidateFrontmatterOptions<Output> = {}): ValidateFrontmatterResult<Output> {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || data instanceof Date || data instanceof Uint8Array) {
    return { issues: [{ code: 'not-a-mapping', path: [], params: { actual: data === null || data === undefined ? 'empty' : typeOf(data) } }], pending: [] };
  }
  const schema = (options.schema ?? (options.templates ? extendSpecFrontmatter({}, { templates: options.templates }) : specFrontmatterSchema)) as z.ZodType<Output>;
  const result = schema.safeParse(data, { reportInput: true });
  const pending = pendingRequirements(data);
  if (result.success) return { data: result.data, issues: [], pending };
  return { issues: issuesFromZod(result.error.issues, schema), pending };
}
