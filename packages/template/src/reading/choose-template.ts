import { frontmatterKey } from './frontmatter-key.ts';
import { unclosedFrontmatterHead } from '../markdown/frontmatter-slice.ts';
import { readYaml } from '../markdown/read-yaml.ts';
import type { Template } from '../template/model.ts';
import type { SpecDocument } from './spec-document.ts';
import { readSpec } from './spec-reading.ts';

/**
 * What a Markdown file is to Specmark, and the template it is read against: the one answer to
 * "is this file a spec?" that every tool gives.
 */
export type TemplateChoice =
  /** The frontmatter names a known template: a spec of it. */
  | { status: 'named'; template: Template }
  /**
   * The frontmatter names a template that is not known (`id`), and the headings follow `template`
   * or the frontmatter has a `templateVersion`: a spec that the rules needing a template cannot
   * check until its template is known.
   */
  | { status: 'unknown'; id: string; template: Template | undefined }
  /** The frontmatter's `template` is not a string, and the headings follow `template`: checked against it. */
  | { status: 'invalid'; template: Template }
  /** No `template` in the frontmatter (or no frontmatter), but the headings follow `template`: a spec that lost its frontmatter. */
  | { status: 'lost'; template: Template }
  /** Not a spec: no tool reports anything about it. */
  | { status: 'none' };

/**
 * How many of a template's `##` sections a file's headings must match to follow it without naming
 * it: two, or every section of a template with fewer.
 *
 * @param template The template.
 * @returns The number of sections (`0`: a template without sections is never followed this way).
 */
export function sectionsToFollow(template: Template): number {
  return Math.min(2, template.sections.length);
}

/**
 * Decide whether a Markdown file is a spec and which template it follows:
 *
 * - its frontmatter names a known template (`template: api-integration`, in any YAML spelling) →
 *   a spec of that template;
 * - otherwise, when its headings follow a known template — they match at least two of its `##`
 *   sections (every section of a template with fewer), as the one reading matches headings — a
 *   spec of that template: one that lost its frontmatter or its `template` key, or names an
 *   unknown template;
 * - otherwise, when its frontmatter names a template and has a `templateVersion`, as only specs'
 *   frontmatter does, a spec naming an unknown template (a team's template nobody configured);
 * - a frontmatter whose closing `---` is lost names its template in its first lines (up to the
 *   first blank line), read the same way;
 * - otherwise it is not a spec (a `template` key alone, as site generators use it, does not make one).
 *
 * The lint preset, `specmark check` and `fix`, the MCP tools and the agent hook all decide through
 * this (the command line's file selection looks first with `mayBeSpec`, which never
 * skips what this calls a spec).
 *
 * @param document The file, read with `readSpecDocument`.
 * @param templates The known templates, the configured one first: it wins a tie (built-in or a
 *   team's own).
 * @returns The choice.
 */
export function chooseTemplate(document: SpecDocument, templates: readonly Template[]): TemplateChoice {
  const { frontmatter } = document;
  // A frontmatter whose closing line is lost still names its template in its first lines.
  const head = frontmatter.unclosed ? unclosedFrontmatterHead(document.text) : undefined;
  const yaml = head === undefined ? frontmatter.yaml : readYaml(head);
  const key = frontmatterKey(yaml, 'template');
  const id = typeof key?.value === 'string' ? key.value : undefined;
  const named = id === undefined ? undefined : templates.find((template) => template.id === id);
  if (named) return { status: 'named', template: named };
  const followed = followedTemplate(document, templates);
  if (id !== undefined && (followed || frontmatterKey(yaml, 'templateVersion'))) return { status: 'unknown', id, template: followed };
  if (!followed) return { status: 'none' };
  return key === undefined ? { status: 'lost', template: followed } : { status: 'invalid', template: followed };
}

/** The template whose sections the headings match most (at least {@link sectionsToFollow}), the first on a tie. */
function followedTemplate(document: SpecDocument, templates: readonly Template[]): Template | undefined {
  let best: Template | undefined;
  let most = 0;
  for (const template of templates) {
    const needed = sectionsToFollow(template);
    if (needed === 0) continue;
    const matched = readSpec(template, document).entries.filter((entry) => entry.step.kind === 'section' && !entry.repeat).length;
    if (matched >= needed && matched > most) {
      best = template;
      most = matched;
    }
  }
  return best;
}
