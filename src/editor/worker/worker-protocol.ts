import type { Answers, UnmappedContent } from '@specmark/template';

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

/** A request to the spec worker. */
export type WorkerRequest =
  /** Render blocks of the spec too long to render on the main thread, as `blockHtml` does. */
  | { type: 'preview'; id: number; blocks: string[] }
  /** Render and lint the spec with the preset. */
  | { type: 'lint'; id: number; templateId: string; answers: Answers }
  /** Read a spec file into answers. */
  | { type: 'import'; id: number; templateId: string; markdown: string };

/** A response from the spec worker, answering the request with the same id. */
export type WorkerResponse =
  /** `html`: the sanitised HTML of each block asked for, in order. */
  | { type: 'preview'; id: number; html: string[] }
  | { type: 'lint'; id: number; results: LintResult[] }
  | { type: 'import'; id: number; answers: Answers; unmapped: UnmappedContent[] }
  /** The request failed; `message` says why in words a person can act on. */
  | { type: 'error'; id: number; message: string };
