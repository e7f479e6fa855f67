/**
 * The typed model of a spec template, as read from its Markdown definition.
 *
 * A template is Markdown: frontmatter describing the template, a `#` heading whose text is the
 * prompt for the feature's one-line name, `##` sections and `###` fields. The kind of each field
 * follows from how its body is written (see {@link FieldKind}).
 */

/**
 * How a field is answered, derived from the field's body in the template:
 *
 * - `prose` — free Markdown (the template shows one bracketed prompt);
 * - `list` — a `-` list whose items are bracketed prompts;
 * - `sentence-frames` — a list of sentences with bracketed gaps (`When [API call succeeds], […]`);
 * - `questions` — a list of bold questions, each answered after the question in the same item;
 * - `checklist` — a task list; bracketed items are prompts, other items are required.
 */
export type FieldKind = 'prose' | 'list' | 'sentence-frames' | 'questions' | 'checklist';

/** A point in a source file: 1-based line and column, 0-based offset. */
export interface Point {
  /** Line, 1-based. */
  line: number;
  /** Column, 1-based. */
  column: number;
  /** Offset from the start of the file, 0-based. */
  offset: number;
}

/** A range of a source file. */
export interface Position {
  /** First character. */
  start: Point;
  /** Just past the last character. */
  end: Point;
}

/** One item of a list-like field in the template. */
export interface TemplateItem {
  /**
   * The item's text as written in the template, without list marker or checkbox; for a
   * `questions` field the question without its `**` markers.
   */
  text: string;
  /** `true` when the item is a prompt to replace (bracketed), `false` when a spec must keep it. */
  prompt: boolean;
  /** Where the item is in the template file. */
  position: Position;
}

/** One `###` field of a template. */
export interface TemplateField {
  /** Stable id derived from the title (`who-this-is-for`). */
  slug: string;
  /** The heading text (`Who this is for`). */
  title: string;
  /** Slug of the section the field belongs to. */
  section: string;
  /** How the field is answered. */
  kind: FieldKind;
  /** The field's body in the template, verbatim (the prompt or the list of items). */
  prompt: string;
  /** The items of a list-like field; empty for `prose`. */
  items: TemplateItem[];
  /** Per-field settings from the template's frontmatter `fields.<slug>` (default: `{}`). */
  options: Readonly<Record<string, unknown>>;
  /** Where the field's heading is in the template file. */
  position: Position;
}

/** One `##` section of a template. */
export interface TemplateSection {
  /** Stable id derived from the title (`what-and-why`). */
  slug: string;
  /** The heading text (`What and why`). */
  title: string;
  /** The section's fields, in template order. */
  fields: TemplateField[];
  /** Where the section's heading is in the template file. */
  position: Position;
}

/** A template, loaded from its Markdown definition. */
export interface Template {
  /** Template id (`api-integration`); specs name it in their `template` frontmatter key. */
  id: string;
  /** Integer bumped on every breaking change; specs name it in `templateVersion`. */
  version: number;
  /** Human title (`API Integration`). */
  title: string;
  /** What the template is for, in a sentence or two (default: `''`). */
  summary: string;
  /** Situations the template fits (default: `[]`). */
  useFor: string[];
  /** The prompt for the spec's `#` heading, the feature's one-line name. */
  titlePrompt: string;
  /** Sections in template order. */
  sections: TemplateSection[];
  /** Every field of every section, in template order. */
  fields: TemplateField[];
  /** What changed in each version, keyed by version number (default: `{}`). */
  changes: Readonly<Record<number, string>>;
  /** The template's Markdown source, verbatim. */
  source: string;
  /** File the template was loaded from, when it came from a file. */
  path?: string;
}
