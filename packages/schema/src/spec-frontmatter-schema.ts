import { builtInTemplateIds } from '@specmark/template';
import * as z from 'zod';
import { checkCrossFieldRules } from './cross-field-rules.ts';
import { frontmatterShape } from './frontmatter-shape.ts';

/** Build the strict frontmatter object from a shape, with the cross-key rules and its title. */
function frontmatterObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z
    .strictObject(shape)
    .superRefine(checkCrossFieldRules, { when: () => true })
    .meta({
      title: 'Specmark spec frontmatter',
      description: 'The YAML frontmatter of a spec written from a Specmark template. Reference: https://specmark.dev/reference/schema/',
    });
}

/** Template ids: the built-in ones, then the given ones, each once. */
function templateIds(extra: readonly string[]): [string, ...string[]] {
  return [...new Set([...builtInTemplateIds, ...extra])] as [string, ...string[]];
}

/**
 * The zod 4 schema of a spec's frontmatter. Strict: a key it does not know is an issue naming the
 * allowed keys. Use it with `safeParse`, as an Astro content collection `schema`, or through
 * `validateFrontmatter` / `parseFrontmatter` for issues as data. Output dates are `YYYY-MM-DD`
 * strings, also when the input was a JavaScript `Date` (from a YAML 1.1 parser such as js-yaml).
 */
export const specFrontmatterSchema = frontmatterObject(frontmatterShape(templateIds([])));

/** The type of {@link specFrontmatterSchema}. */
export type SpecFrontmatterSchema = typeof specFrontmatterSchema;

/** Frontmatter as written (dates may be `Date` objects). */
export type SpecFrontmatterInput = z.input<typeof specFrontmatterSchema>;

/** Frontmatter once validated (dates are `YYYY-MM-DD` strings). */
export type SpecFrontmatter = z.output<typeof specFrontmatterSchema>;

/** Options of {@link extendSpecFrontmatter}. */
export interface ExtendSpecFrontmatterOptions {
  /** Ids of a team's own templates, accepted in `template` besides the built-in ones (default: `[]`). */
  templates?: readonly string[];
}

/**
 * Make a frontmatter schema with a team's own keys. The new keys are then allowed (and may be
 * required); every built-in key and rule still applies. A key the base schema already has is
 * replaced by the given schema.
 *
 * @example
 *   const schema = extendSpecFrontmatter({ costCentre: z.string().regex(/^CC-\d+$/) }, { templates: ['runbook'] });
 *
 * @param shape zod schemas of the extra keys, by key.
 * @param options Extra template ids (default: `{}`).
 * @returns A strict zod object schema, usable wherever {@link specFrontmatterSchema} is.
 */
export function extendSpecFrontmatter<Shape extends z.ZodRawShape>(shape: Shape, options: ExtendSpecFrontmatterOptions = {}) {
  return frontmatterObject({ ...frontmatterShape(templateIds(options.templates ?? [])), ...shape });
}
