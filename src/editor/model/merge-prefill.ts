import type { Answers } from '@specmark/template';
import { labelOf } from './frontmatter-values.ts';
import { formFields, type FormTemplate } from './form-template.ts';
import { specAnswers } from './spec-answers.ts';

/** How prefilled answers join the draft. */
export type PrefillMode =
  /** Prefilled parts replace what the draft says there. */
  | 'replace'
  /** Only parts the draft leaves unanswered are filled; the rest stays as written. */
  | 'empty-only';

/** A part of the spec prefilling writes: the title, a frontmatter key or a field. */
type Part = { kind: 'title' } | { kind: 'frontmatter'; key: string } | { kind: 'field'; slug: string };

/** Frontmatter keys the editor writes itself (the title from the form's title). */
const ownKeys = new Set(['template', 'templateVersion', 'title']);

/**
 * Prefilled answers as the form holds them: an item of a list field that is one of the template's
 * prompts (a bracketed prompt such as `[What it does]`) is an empty row, showing the prompt as its hint.
 */
function asDrafted(template: FormTemplate, prefilled: Answers): Answers {
  const fields = { ...prefilled.fields };
  for (const field of formFields(template)) {
    const value = fields[field.slug];
    if (field.kind !== 'list' || !Array.isArray(value)) continue;
    const prompts = new Set(field.items.filter((item) => item.prompt).map((item) => item.text));
    fields[field.slug] = (value as string[]).map((item) => (prompts.has(item) ? '' : item));
  }
  return { ...prefilled, fields };
}

/** The parts prefilled answers write, in the form's order. */
function prefilledParts(template: FormTemplate, prefilled: Answers): Part[] {
  const parts: Part[] = [];
  if ((prefilled.title ?? '').trim() !== '') parts.push({ kind: 'title' });
  for (const key of Object.keys(prefilled.frontmatter ?? {})) if (!ownKeys.has(key)) parts.push({ kind: 'frontmatter', key });
  for (const field of formFields(template)) if (prefilled.fields[field.slug] !== undefined) parts.push({ kind: 'field', slug: field.slug });
  return parts;
}

/** A part's value in answers as a spec states them (`specAnswers`), as JSON; `undefined` when unanswered. */
function stated(answers: Answers, part: Part): string | undefined {
  const value = part.kind === 'title' ? answers.title : part.kind === 'frontmatter' ? answers.frontmatter?.[part.key] : answers.fields[part.slug];
  return value === undefined ? undefined : JSON.stringify(value);
}

/**
 * The parts of the form where prefilling would replace something the person wrote: parts the
 * draft answers (as the spec states it: blank rows and untouched frames do not count) with
 * something other than what prefilling writes.
 *
 * @param template The form template.
 * @param draft The draft.
 * @param prefilled The answers made from the description (`prefillAnswers`).
 * @returns The parts' labels (`Title`, `Provider`, `In scope`), in the form's order.
 */
export function prefillConflicts(template: FormTemplate, draft: Answers, prefilled: Answers): string[] {
  const written = specAnswers(template, draft);
  const offered = specAnswers(template, asDrafted(template, prefilled));
  const fields = new Map(formFields(template).map((field) => [field.slug, field.title]));
  return prefilledParts(template, prefilled)
    .filter((part) => {
      const mine = stated(written, part);
      return mine !== undefined && mine !== stated(offered, part);
    })
    .map((part) => (part.kind === 'title' ? 'Title' : part.kind === 'frontmatter' ? labelOf(part.key) : (fields.get(part.slug) ?? part.slug)));
}

/**
 * Join prefilled answers to the draft: the parts prefilling writes replace the draft's, or fill
 * only those it leaves unanswered (a template's prompt in a list becomes an empty row, as the form
 * starts it); every other part of the draft (other fields, frontmatter keys,
 * content kept from an import) stays as it is.
 *
 * @param template The form template.
 * @param draft The draft.
 * @param given The answers made from the description (`prefillAnswers`).
 * @param mode Replace answered parts, or fill empty ones only.
 * @returns The new draft.
 */
export function mergePrefill(template: FormTemplate, draft: Answers, given: Answers, mode: PrefillMode): Answers {
  const prefilled = asDrafted(template, given);
  const written = specAnswers(template, draft);
  const take = (part: Part): boolean => mode === 'replace' || stated(written, part) === undefined;
  const next: Answers = { ...draft, frontmatter: { ...draft.frontmatter }, fields: { ...draft.fields } };
  for (const part of prefilledParts(template, prefilled)) {
    if (!take(part)) continue;
    if (part.kind === 'title') next.title = prefilled.title!;
    else if (part.kind === 'frontmatter') next.frontmatter![part.key] = prefilled.frontmatter![part.key];
    else next.fields[part.slug] = prefilled.fields[part.slug]!;
  }
  return next;
}
