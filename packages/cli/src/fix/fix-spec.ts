import { applyRepairs, parseLimitPassed, planRepairs, readSpec, readSpecDocument, type Repair, type Template } from '@specmark/template';

/** Why a file was left alone by {@link fixSpec}. */
export type FixSkipReason =
  /** Frontmatter that is not a YAML mapping (or cannot be read): which template the file follows is unknown. */
  | 'frontmatter-invalid'
  /** An opening `---` line that no `---` line closes: where the frontmatter ends is for a person to say. */
  | 'frontmatter-unclosed'
  /** Frontmatter naming a template that is not known. */
  | 'template-unknown'
  /** Block quotes or lists nested past the limit: the file is not parsed, so not rewritten. */
  | 'nesting-too-deep'
  /** A block longer than the limit without a blank line: the file is not parsed, so not rewritten. */
  | 'block-too-long';

/** The result of {@link fixSpec}. */
export type FixResult =
  /** The repairs and the fixed text (equal to the input when there was nothing to fix). */
  | { status: 'fixed'; fixes: Repair[]; output: string }
  /** The file was not touched. */
  | { status: 'skipped'; reason: FixSkipReason; template?: string };

/** Options of {@link fixSpec}. */
export interface FixSpecOptions {
  /** The template of a spec whose frontmatter names none, as the lint preset chooses it (default: none: such a spec is left alone). */
  defaultTemplate?: Template;
}

/**
 * Apply the repair plan of a spec (`planRepairs` of `@specmark/template`): the same edits the lint
 * rules offer as quick fixes — add missing frontmatter, title, sections and fields with their
 * prompts, change headings standing at the wrong level, put back deleted guardrails and questions,
 * raise `templateVersion` when the update is mechanical. Edits are surgical: every byte outside the
 * fixed places is kept (BOM, CRLF, spacing, MDX). A file whose frontmatter cannot be read, that
 * names an unknown template, or that nests too deep or runs too long without a blank line to parse
 * is left alone.
 *
 * @param original The spec as read from disk.
 * @param templateFor Finds a template by the id the spec names (`undefined` when unknown).
 * @param options The template of specs that name none (default: `{}`).
 * @returns The repairs and the fixed text, or why the file was skipped.
 */
export function fixSpec(original: string, templateFor: (id: string) => Template | undefined, options: FixSpecOptions = {}): FixResult {
  const passed = parseLimitPassed(original);
  if (passed) return { status: 'skipped', reason: passed.kind === 'nesting' ? 'nesting-too-deep' : 'block-too-long' };
  const document = readSpecDocument(original);
  const { frontmatter } = document;
  if (frontmatter.unclosed) return { status: 'skipped', reason: 'frontmatter-unclosed' };
  if (!frontmatter.readable) return { status: 'skipped', reason: 'frontmatter-invalid' };
  const named = frontmatter.entries.get('template')?.value;
  if (named !== undefined && typeof named !== 'string') return { status: 'skipped', reason: 'template-unknown' };
  const template = named === undefined ? options.defaultTemplate : templateFor(named);
  if (!template) return named === undefined ? { status: 'skipped', reason: 'template-unknown' } : { status: 'skipped', reason: 'template-unknown', template: named };
  const fixes = [...planRepairs(readSpec(template, document))];
  return { status: 'fixed', fixes, output: applyRepairs(document, fixes) };
}
