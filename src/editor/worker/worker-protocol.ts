import type { Answers, UnmappedContent } from '@specmark/template';
import type { FormTemplate } from '../model/form-template.ts';
import type { OpenedIndex } from './opened-index.ts';

/** Where in the form a lint message points: an element id of the form. */
export type FormTarget =
  /** The `#` title. */
  | { kind: 'title' }
  /** A frontmatter key, or the frontmatter as a whole when `key` is absent. */
  | { kind: 'frontmatter'; key?: string }
  /** A `##` section. */
  | { kind: 'section'; slug: string }
  /** A `###` field. */
  | { kind: 'field'; slug: string };

/** One lint message from the preset, as the form shows it. */
export interface LintResult {
  /** Rule id (`no-placeholders`); empty for a message without one. */
  ruleId: string;
  /** The message (`Unexpected …, expected …`). */
  reason: string;
  /** Which of its rule's messages this is (`missing-item`), stable when the wording changes; empty for a message without one. */
  messageId: string;
  /** The text of each placeholder of the message's wording (`{ item: '…', field: 'Do not' }`). */
  data: Record<string, string>;
  /** Line in the rendered spec, 1-based. */
  line: number;
  /** Column in the rendered spec, 1-based. */
  column: number;
  /** `true` for an error, `false` for a warning, `undefined` for information. */
  fatal: boolean | undefined;
  /** The rule's documentation page. */
  url: string;
  /** The part of the form the message concerns. */
  target: FormTarget;
}

/**
 * The template a request is about: a built-in template by id, or a team's own template by its
 * Markdown (parsed in the worker, once per source).
 */
export type TemplateRef = { id: string; source?: undefined; name?: undefined } | { source: string; name: string; id?: undefined };

/** A problem of a team's template, at its place in the template's Markdown. */
export interface TemplateProblemLine {
  /** Line, 1-based. */
  line: number;
  /** Column, 1-based. */
  column: number;
  /** The problem in words (`Unexpected …, expected …`), as `templateProblemMessage` has it. */
  message: string;
}

/** A request to the spec worker. */
export type WorkerRequest =
  /** Render blocks of the spec too long to render on the main thread, as `blockHtml` does. */
  | { type: 'preview'; id: number; blocks: string[] }
  /** Write the spec's Markdown (`renderSpec`), while the main thread has not loaded the renderer. */
  | { type: 'render'; id: number; template: FormTemplate; answers: Answers }
  /** Render and lint the spec with the preset, checked against the template. */
  | { type: 'lint'; id: number; template: TemplateRef; answers: Answers }
  /**
   * The API description opened in the editor, for the lints that follow to check a spec naming it
   * against (`undefined`: none is open any more). Sent once per description to the lint worker,
   * and again to a lint worker started after one was stopped.
   */
  | { type: 'description'; id: number; opened: OpenedIndex | undefined }
  /** Read a spec file into answers. */
  | { type: 'import'; id: number; template: TemplateRef; markdown: string }
  /** Read a team's template (`parseTemplate`) into the form's view of it, or its problems. */
  | { type: 'template'; id: number; source: string; name: string };

/** A response from the spec worker, answering the request with the same id. */
export type WorkerResponse =
  /** `html`: the sanitised HTML of each block asked for, in order. */
  | { type: 'preview'; id: number; html: string[] }
  | { type: 'render'; id: number; markdown: string }
  | { type: 'lint'; id: number; results: LintResult[] }
  /** The description is kept for the lints that follow. */
  | { type: 'description'; id: number }
  | { type: 'import'; id: number; answers: Answers; unmapped: UnmappedContent[] }
  /** The template, read: the form's view of it (without its source). */
  | { type: 'template'; id: number; template: FormTemplate }
  /** The template could not be read: every problem, in file order. */
  | { type: 'template-problems'; id: number; problems: TemplateProblemLine[] }
  /** The request failed; `message` says why in words a person can act on. */
  | { type: 'error'; id: number; message: string };

/**
 * The worker's reference to a form's template: its source when it is a team's own, else its id.
 *
 * @param template The form template.
 * @returns The reference to send with a request.
 */
export function templateRef(template: FormTemplate): TemplateRef {
  return template.file ? { source: template.file.markdown, name: template.file.name } : { id: template.id };
}
