import { renderSpec, slugify, type Answers, type Template } from '@specmark/template';
import { hasControlCharacter } from './single-line.ts';
import type { SpecDetails } from './spec-details.ts';

/** Why a new spec cannot be written as asked, as data; each surface words it (`specmark new`, `new_spec`). */
export type NewSpecProblem =
  /** No title, or only spaces. */
  | { code: 'title-missing'; params: {} }
  /** A one-line value (`key`) with a line break or another control character. */
  | { code: 'value-invalid'; params: { key: 'title' | 'owner' | 'provider'; actual: string } }
  /** A path with a control character (`control`), or one that names a folder (`folder`: a final `/`). */
  | { code: 'path-invalid'; params: { path: string; reason: 'control' | 'folder' } }
  /** Operations named without the description they are in. */
  | { code: 'api-missing'; params: {} }
  /** The provider's API description cannot be found, read or parsed (`reason`, at `line` and `column` of it when known). */
  | { code: 'api-unreadable'; params: { description: string; reason: string; line?: number; column?: number } }
  /** An operation the description lacks, with the nearest it has. */
  | { code: 'operation-unknown'; params: { actual: string; description: string; nearest: string[] } }
  /** No operation named, and the description has too many (`count`) to take them all. */
  | { code: 'operations-missing'; params: { description: string; count: number; examples: string[]; limit: number } };

/** Thrown by {@link newSpec} for a {@link NewSpecProblem}. */
export class NewSpecError extends Error {
  /** The problem, as data. */
  readonly problem: NewSpecProblem;

  /**
   * @param problem The problem.
   */
  constructor(problem: NewSpecProblem) {
    super(problem.code);
    this.name = 'NewSpecError';
    this.problem = problem;
  }
}

/** What a new spec is made from: what `specmark new` and the MCP tool `new_spec` take. */
export interface NewSpecRequest {
  /** The template it follows. */
  template: Template;
  /** The feature, in a few words: the title and `#` heading (trimmed; required). */
  title: string | undefined;
  /** Owner, provider and environments (default: `{}`, none). */
  details?: SpecDetails;
  /** Where it goes, as given (default: the title in kebab-case, `stripe-refunds.md`). */
  path?: string | undefined;
  /** Today, for `created`. */
  today: Date;
  /**
   * Answers started from the provider's API description (see `apiPrefill`): their `provider`,
   * `auth`, `environments` and `api`, and their fields (default: none). The details given win.
   */
  prefill?: Answers;
}

/** A new spec and where it goes. */
export interface NewSpec {
  /** The spec: frontmatter, and every section and field with its prompt. */
  text: string;
  /** The path as given, or the default made from the title. */
  path: string;
}

/**
 * Make a new spec from a template, the one way `specmark new` and `new_spec` do: the title, owner
 * and provider trimmed and one line each (an empty owner or provider left out), environments each
 * once, `status: draft`, today's date, and what was started from a provider's API description
 * (`auth`, `api` and the fields it answers); and the path it goes to, refused when it holds a control,
 * line-break or bidirectional-text character (which would drive a terminal or disguise the name)
 * or ends in `/` (a folder, which the file system would quietly read as the name before it).
 *
 * @param request The template, the values and the path.
 * @returns The spec's text and its path.
 * @throws {NewSpecError} For a missing or multi-line title, a multi-line owner or provider, or a refused path.
 */
export function newSpec(request: NewSpecRequest): NewSpec {
  const line = (key: 'title' | 'owner' | 'provider', value: string | undefined): string | undefined => {
    if (value !== undefined && hasControlCharacter(value)) throw new NewSpecError({ code: 'value-invalid', params: { key, actual: value } });
    const trimmed = value?.trim() ?? '';
    return trimmed === '' ? undefined : trimmed;
  };
  const title = line('title', request.title);
  if (title === undefined) throw new NewSpecError({ code: 'title-missing', params: {} });
  const details: SpecDetails = {};
  const owner = line('owner', request.details?.owner);
  if (owner !== undefined) details.owner = owner;
  const provider = line('provider', request.details?.provider);
  if (provider !== undefined) details.provider = provider;
  const environments = request.details?.environments;
  if (environments !== undefined && environments.length > 0) details.environments = [...new Set(environments)];
  const path = request.path ?? `${slugify(title) || 'spec'}.md`;
  if (hasControlCharacter(path)) throw new NewSpecError({ code: 'path-invalid', params: { path, reason: 'control' } });
  if (/[/\\]$/.test(path)) throw new NewSpecError({ code: 'path-invalid', params: { path, reason: 'folder' } });
  const created = request.today.toISOString().slice(0, 10);
  const prefilled = request.prefill?.frontmatter ?? {};
  const { template } = request;
  const frontmatter: Record<string, unknown> = { template: template.id, templateVersion: template.version, title, status: 'draft' };
  const entries: [string, unknown][] = [
    ['owner', details.owner],
    ['provider', details.provider ?? prefilled.provider],
    ['auth', prefilled.auth],
    ['environments', details.environments ?? prefilled.environments],
    ['created', created],
    ['api', prefilled.api],
  ];
  for (const [key, value] of entries) if (value !== undefined) frontmatter[key] = value;
  return { text: renderSpec(template, { frontmatter, title, fields: request.prefill?.fields ?? {} }), path };
}
