/**
 * The answers a person gives to a template: what a spec says, field by field.
 */

/** An answered question of a `questions` field: `- **question** answer`. */
export interface QuestionAnswer {
  /** The question, plain text without `**` (empty when the item has no bold question). */
  question: string;
  /** The answer after the question; Markdown, may span lines (default: `''`). */
  answer: string;
}

/** An item of a `checklist` field: `- [x] text`. */
export interface ChecklistAnswer {
  /** `true` for `[x]`, `false` for `[ ]`, `undefined` for an item written without a checkbox. */
  checked: boolean | undefined;
  /**
   * The item's Markdown after the checkbox. A waived guardrail reads `~~item~~ reason`; a resolved
   * open question reads `question? answer`.
   */
  text: string;
}

/** The answer of one field, by the field's kind. */
export type FieldAnswer =
  /** `prose`: Markdown. */
  | string
  /** `list`, `sentence-frames`: the items' Markdown. */
  | string[]
  /** `questions`. */
  | QuestionAnswer[]
  /** `checklist`. */
  | ChecklistAnswer[];

/**
 * Content of a spec that belongs to no template field (a team's own sections, MDX imports, notes),
 * kept verbatim so that nothing is lost, and placed back after its anchor when rendering.
 */
export interface ExtraContent {
  /**
   * What the content follows: `start` (before the `#` heading), `frontmatter` (raw frontmatter
   * that is not valid YAML), `title`, `section:<slug>` or `field:<slug>`.
   */
  anchor: string;
  /** The Markdown, verbatim. */
  markdown: string;
}

/** Byte-level details of a spec file that rendering reproduces. */
export interface SpecFormat {
  /** Line ending (default: `'\n'`). */
  lineEnding?: '\n' | '\r\n';
  /** Whether the file starts with a byte order mark (default: `false`). */
  bom?: boolean;
}

/**
 * Everything a spec says. A field that is absent is unanswered: rendering shows the template's
 * prompt for it. Texts are trimmed; the title is one line.
 */
export interface Answers {
  /** Frontmatter data, in key order. */
  frontmatter?: Record<string, unknown>;
  /** The feature's one-line name (the `#` heading). */
  title?: string;
  /** Answers by field slug. */
  fields: Record<string, FieldAnswer>;
  /** Content outside the template's fields, in document order. */
  extras?: ExtraContent[];
  /** Line ending and byte order mark. */
  format?: SpecFormat;
}
