import type { Answers, ExtraContent, FieldAnswer } from '@specmark/template';
import type { DraftProblem } from './draft-problem.ts';
import { formFields, type FormTemplate, type FormTemplateField } from '../model/form-template.ts';

/** Format version of a serialised draft. */
export const draftFormat = 1;

/** A draft as stored in the browser and carried by share links. */
export interface DraftEnvelope {
  /** Format version (`1`). */
  v: typeof draftFormat;
  /** Id of the template the draft follows. */
  template: string;
  /** The draft. */
  answers: Answers;
}

/** Result of {@link readDraft}. */
export type ReadDraftResult = { ok: true; answers: Answers } | { ok: false; problem: DraftProblem };

/**
 * Check that untrusted data (local storage, a share link) is a draft of this template, value by
 * value, before the form uses it.
 *
 * @param template The form template.
 * @param data The parsed JSON.
 * @returns The answers, or the first problem found.
 */
export function readDraft(template: FormTemplate, data: unknown): ReadDraftResult {
  if (!isRecord(data) || typeof data.v !== 'number' || typeof data.template !== 'string' || !isRecord(data.answers)) return fail({ code: 'draft-unreadable' });
  if (data.v !== draftFormat) return fail({ code: 'draft-version', actual: data.v, expected: draftFormat });
  if (data.template !== template.id) return fail({ code: 'draft-template', actual: data.template, expected: template.id });
  const unsafe = unsafeKey(data.answers, 'answers');
  if (unsafe) return fail({ code: 'draft-unsafe-key', ...unsafe });
  const raw = data.answers;
  const answers: Answers = { fields: {} };
  if (raw.title !== undefined) {
    if (typeof raw.title !== 'string') return shape('title', 'text');
    answers.title = raw.title;
  }
  if (raw.frontmatter !== undefined) {
    if (!isRecord(raw.frontmatter)) return shape('frontmatter', 'a mapping');
    answers.frontmatter = raw.frontmatter;
  }
  if (!isRecord(raw.fields)) return shape('fields', 'a mapping');
  const fields = new Map(formFields(template).map((field) => [field.slug, field]));
  for (const [slug, value] of Object.entries(raw.fields)) {
    const field = fields.get(slug);
    if (!field) return fail({ code: 'draft-unknown-field', slug });
    if (!fitsField(field, value)) return shape(slug, expectedShape(field));
    answers.fields[slug] = value;
  }
  if (raw.extras !== undefined) {
    if (!Array.isArray(raw.extras) || !raw.extras.every(isExtra)) return shape('extras', 'a list of anchored Markdown');
    answers.extras = raw.extras;
  }
  if (raw.format !== undefined) {
    if (!isRecord(raw.format) || !(raw.format.lineEnding === undefined || raw.format.lineEnding === '\n' || raw.format.lineEnding === '\r\n') || !(raw.format.bom === undefined || typeof raw.format.bom === 'boolean')) {
      return shape('format', 'a line ending and byte order mark');
    }
    answers.format = raw.format;
  }
  return { ok: true, answers };
}

/**
 * Wrap answers for storage or a share link.
 *
 * @param template The form template.
 * @param answers The draft.
 * @returns The envelope.
 */
export function draftEnvelope(template: FormTemplate, answers: Answers): DraftEnvelope {
  return { v: draftFormat, template: template.id, answers };
}

/**
 * Parse the text of a stored or shared draft and check it with {@link readDraft}.
 *
 * @param template The form template.
 * @param text The JSON text.
 * @returns The answers, or the first problem found (`draft-not-json` when it is not JSON).
 */
export function readDraftText(template: FormTemplate, text: string): ReadDraftResult {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return fail({ code: 'draft-not-json' });
  }
  return readDraft(template, data);
}

/** Keys that change an object's prototype or constructor when copied naively. */
const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** The first own key anywhere in the data that could pollute prototypes, with its path. */
function unsafeKey(value: unknown, path: string): { key: string; path: string } | undefined {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unsafeKey(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (unsafeKeys.has(key)) return { key, path };
      const found = unsafeKey(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

function fail(problem: DraftProblem): ReadDraftResult {
  return { ok: false, problem };
}

function shape(path: string, expected: string): ReadDraftResult {
  return fail({ code: 'draft-shape', path, expected });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isExtra(value: unknown): value is ExtraContent {
  return isRecord(value) && typeof value.anchor === 'string' && typeof value.markdown === 'string';
}

/** Whether a value has the shape of an answer to the field. */
function fitsField(field: FormTemplateField, value: unknown): value is FieldAnswer {
  if (field.kind === 'prose') return typeof value === 'string';
  if (!Array.isArray(value)) return false;
  if (field.kind === 'questions') return value.every((item) => isRecord(item) && typeof item.question === 'string' && typeof item.answer === 'string');
  if (field.kind === 'checklist') return value.every((item) => isRecord(item) && typeof item.text === 'string' && (item.checked === undefined || typeof item.checked === 'boolean'));
  return value.every((item) => typeof item === 'string');
}

/** What a field's answer must look like, for the message. */
function expectedShape(field: FormTemplateField): string {
  if (field.kind === 'prose') return 'text';
  if (field.kind === 'questions') return 'a list of questions and answers';
  if (field.kind === 'checklist') return 'a list of checklist items';
  return 'a list of texts';
}
