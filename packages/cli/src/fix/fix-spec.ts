import { applyRepairs, chooseTemplate, parseLimitPassed, planRepairs, readSpec, readSpecDocument, type PassedParseLimit, type Repair, type Template } from '@specmark/template';

/** Why a file was left alone by {@link fixSpec}. */
export type FixSkipReason =
  /** Frontmatter that is not a YAML mapping (or cannot be read): which template the file follows is unknown. */
  | 'frontmatter-invalid'
  /** An opening `---` line that no `---` line closes: where the frontmatter ends is for a person to say. */
  | 'frontmatter-unclosed'
  /** Frontmatter naming a template that is not known. */
  | 'template-unknown'
  /** Not a spec: no known template named in its frontmatter or followed by its headings (`chooseTemplate`). */
  | 'not-a-spec'
  /** Block quotes or lists nested past the limit: the file is not parsed, so not rewritten. */
  | 'nesting-too-deep'
  /** A block longer than the limit without a blank line: the file is not parsed, so not rewritten. */
  | 'block-too-long'
  /** More lines ending lists or block quotes than the limit: the file is not parsed, so not rewritten. */
  | 'containers-too-many';

/** Why a file past a parse limit (`parseLimitPassed`) is left alone, for each limit. */
const skipReasons: Record<PassedParseLimit['kind'], FixSkipReason> = { nesting: 'nesting-too-deep', 'block-length': 'block-too-long', 'container-closings': 'containers-too-many' };

/** The result of {@link fixSpec}. */
export type FixResult =
  /** The repairs and the fixed text (equal to the input when there was nothing to fix). */
  | { status: 'fixed'; fixes: Repair[]; output: string }
  /** The file was not touched. */
  | { status: 'skipped'; reason: FixSkipReason; template?: string };

/**
 * Apply the repair plan of a spec (`planRepairs` of `@specmark/template`): the same edits the lint
 * rules offer as quick fixes — add missing frontmatter, title, sections and fields with their
 * prompts, change headings standing at the wrong level, put back deleted guardrails and questions,
 * raise `templateVersion` when the update is mechanical. Edits are surgical: every byte outside the
 * fixed places is kept (BOM, CRLF, spacing, MDX). The template is chosen as every tool chooses it
 * (`chooseTemplate`): the one the frontmatter names, or the one the headings follow in a spec that
 * lost its frontmatter. A file that is not a spec, whose frontmatter cannot be read, that names an
 * unknown template, or that nests too deep, runs too long without a blank line or ends too many lists
 * and block quotes to parse is left alone.
 *
 * @param original The spec as read from disk.
 * @param templates The known templates, the configured one first.
 * @returns The repairs and the fixed text, or why the file was skipped.
 */
export function fixSpec(original: string, templates: readonly Template[]): FixResult {
  const passed = parseLimitPassed(original);
  if (passed) return { status: 'skipped', reason: skipReasons[passed.kind] };
  const document = readSpecDocument(original);
  const choice = chooseTemplate(document, templates);
  if (choice.status === 'none') return { status: 'skipped', reason: 'not-a-spec' };
  const { frontmatter } = document;
  if (frontmatter.unclosed) return { status: 'skipped', reason: 'frontmatter-unclosed' };
  if (!frontmatter.readable) return { status: 'skipped', reason: 'frontmatter-invalid' };
  if (choice.status === 'unknown') return { status: 'skipped', reason: 'template-unknown', template: choice.id };
  const fixes = [...planRepairs(readSpec(choice.template, document))];
  return { status: 'fixed', fixes, output: applyRepairs(document, fixes) };
}
