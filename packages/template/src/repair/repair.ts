import type { Position } from '../template/model.ts';
import type { SpecDocument } from '../reading/spec-document.ts';

/** What a repair does, as data; tools word it. */
export type RepairCode =
  /** The spec had no frontmatter: one naming the template, its version and `status: draft` is added. */
  | 'frontmatter-added'
  /** The spec had no `#` title: the template's title prompt is added. */
  | 'title-added'
  /** A `##` section was missing: it is added (with its fields and their prompts when all were missing). */
  | 'section-added'
  /** A `###` field was missing from its section: it is added with its prompt. */
  | 'field-added'
  /** A section or field heading stood at another level: its level is changed. */
  | 'heading-level'
  /** A required checklist item (a guardrail) was deleted: it is put back beside its template neighbours. */
  | 'item-restored'
  /** A template question was deleted: it is put back, unanswered, beside its template neighbours. */
  | 'question-restored'
  /** `templateVersion` named an older version and the update is mechanical: it is raised. */
  | 'version-bumped';

/**
 * One safe, surgical edit of a spec: replace the text from `start` to `end` with `text`. Every
 * fixable problem the lint rules report carries its repair; `specmark fix` applies them all.
 */
export interface Repair {
  /** What the edit does. */
  code: RepairCode;
  /**
   * What it repairs, unique in a plan: `frontmatter`, `title`, `templateVersion`, `section:<slug>`,
   * `field:<slug>`, `heading:<step key>`, `item:<field slug>:<index>`, `question:<field slug>:<index>`,
   * or, for a field without any item, `items:<field slug>` / `questions:<field slug>` (every missing
   * item of the field in one new list).
   */
  target: string;
  /**
   * Values for a message: `section` (and `withFields`), `field`, `item` (several joined by
   * `` `, ` `` with their `count`), `kind`, `title`, `from` and `to` (levels or versions), `template`.
   */
  params: Record<string, string | number>;
  /** Where the replaced text starts, in the document's normalised text. */
  start: number;
  /** Where it ends (equal to `start` for an insertion). */
  end: number;
  /** The new text, with `\n` line endings. */
  text: string;
}

/** The order of edits that share an offset: frontmatter, title, list items, headings, then replacements. */
const rank: Record<RepairCode, number> = {
  'frontmatter-added': 0,
  'title-added': 1,
  'item-restored': 2,
  'question-restored': 2,
  'section-added': 3,
  'field-added': 3,
  'heading-level': 4,
  'version-bumped': 4,
};

/**
 * The line ending of the original's lines around an offset: the break that ends the line holding
 * it, or, on a last line without one, the break before it; the original's first ending when it has
 * one line. A file may mix endings (LF frontmatter, a CRLF body): text inserted takes the ending of
 * the lines it goes among.
 */
function endingAt(document: SpecDocument, offset: number): '\n' | '\r\n' | '\r' {
  const { text, original } = document;
  const after = text.indexOf('\n', offset);
  const at = after === -1 ? text.lastIndexOf('\n', offset - 1) : after;
  if (at === -1) return document.eol;
  const start = document.toOriginal(at);
  return original[start] === '\r' ? (original[start + 1] === '\n' ? '\r\n' : '\r') : '\n';
}

/**
 * The repair's new text as it goes into the original: in the line ending of the lines around it
 * (the original's, unless it mixes endings). A line break the repair adds at the end of a line goes
 * in before that line's own break, so every line keeps its text and break together.
 *
 * @param document The spec.
 * @param repair A repair planned on it.
 * @returns The text to insert.
 */
export function repairText(document: SpecDocument, repair: Repair): string {
  const eol = endingAt(document, repair.start);
  return eol === '\n' ? repair.text : repair.text.replaceAll('\n', eol);
}

/**
 * Where a repair goes, as a lint message places it: a point for an insertion (an editor offers
 * “Insert …”), the replaced range otherwise (“Replace … with …”).
 *
 * @param document The spec.
 * @param repair A repair planned on it.
 * @returns The place, lines and columns as in the original.
 */
export function repairPlace(document: SpecDocument, repair: Repair): Position | Position['start'] {
  const start = document.pointAt(repair.start);
  return repair.end === repair.start ? start : { start, end: document.pointAt(repair.end) };
}

/**
 * Apply repairs to a spec's original bytes: each edit is mapped back to the original, its text
 * takes the line ending of the lines around it ({@link repairText}), and every byte outside the edits stays as it was (BOM, CRLF,
 * spacing, MDX). Edits that share an offset go in the order of {@link RepairCode}, then in plan order.
 *
 * @param document The spec the repairs were planned on.
 * @param repairs The repairs (from `planRepairs`), in plan order.
 * @returns The repaired text (the original when there is nothing to repair).
 */
export function applyRepairs(document: SpecDocument, repairs: readonly Repair[]): string {
  const { original } = document;
  if (repairs.length === 0) return original;
  const ordered = repairs.map((repair, index) => ({ repair, index })).sort((a, b) => a.repair.start - b.repair.start || rank[a.repair.code] - rank[b.repair.code] || a.index - b.index);
  let output = '';
  let cursor = 0;
  for (const { repair } of ordered) {
    const start = document.toOriginal(repair.start);
    output += original.slice(cursor, Math.max(cursor, start)) + repairText(document, repair);
    cursor = Math.max(cursor, document.toOriginal(repair.end));
  }
  return output + original.slice(cursor);
}
