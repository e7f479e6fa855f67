import { frontmatterJsonSchema } from '@specmark/schema';
import { requiredFromStatus } from '../../lib/required-from-status.ts';

/** How a frontmatter key is edited in the form. */
export type FrontmatterControlKind = 'text' | 'list' | 'date' | 'select' | 'multi' | 'integer' | 'group';

/** One frontmatter input of the form. */
export interface FrontmatterControl {
  /** The frontmatter key. */
  key: string;
  /** The kind of input. */
  kind: FrontmatterControlKind;
  /** The allowed values, for `select` and `multi` (default: `[]`). */
  options: string[];
  /** Whether the schema requires the key (in every spec). */
  required: boolean;
  /**
   * The first status from which the schema requires the key, when it is required only from a
   * status on (`review` for `owner`: a draft may leave it out) (default: none).
   */
  requiredFrom?: string;
  /** The schema's description of the key (default: `''`). */
  description: string;
  /** The smallest value allowed, for `integer` (default: none). */
  minimum?: number;
  /** The inputs of the object's keys, for `group` (a nested object such as `rateLimit`). */
  controls?: FrontmatterControl[];
}

/** The part of a JSON Schema the form reads. */
interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  description?: string;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  allOf?: unknown[];
}

/**
 * Derive the form's frontmatter inputs from the frontmatter's JSON Schema: a key with allowed
 * values becomes a select, a list of allowed values a group of checkboxes, a date (`format: date`,
 * or a pattern that accepts `YYYY-MM-DD` dates only) a date input, a list of strings a
 * comma-separated text input, a string (or string-or-list) a text input, an integer a number
 * input, and an object a group of the inputs of its own keys, derived the same way. Keys the form
 * fills itself (`template`, `templateVersion`, and `title`, which is the spec's `#` title) are left
 * out, and so are keys of a shape the form has no input for; imported values of those keys are kept
 * as they are.
 *
 * @param schema The JSON Schema of the frontmatter (an object schema with `properties`).
 * @returns The inputs, in the schema's key order.
 */
export function frontmatterControls(schema: unknown): FrontmatterControl[] {
  const controls = objectControls(schema as JsonSchema, new Set(['template', 'templateVersion', 'title']));
  const from = requiredFromStatus();
  return controls.map((control) => (from.has(control.key) ? { ...control, requiredFrom: from.get(control.key)! } : control));
}

/** The inputs of an object schema's keys, in its key order, leaving out `skip`. */
function objectControls(schema: JsonSchema, skip: ReadonlySet<string> = new Set()): FrontmatterControl[] {
  const required = new Set(schema.required ?? []);
  const controls: FrontmatterControl[] = [];
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (skip.has(key)) continue;
    const control = controlOf(key, property, required.has(key));
    if (control) controls.push(control);
  }
  return controls;
}

/** The input of one key, if the form has one for its schema. */
function controlOf(key: string, property: JsonSchema, required: boolean): FrontmatterControl | undefined {
  const base = { key, required, description: property.description ?? '', options: [] };
  const types = typesOf(property);
  const values = enumOf(property);
  const listValues = property.items ? enumOf(property.items) : undefined;
  if (values) return { ...base, kind: 'select', options: values };
  if (types.includes('array') && listValues) return { ...base, kind: 'multi', options: listValues };
  if (types.includes('array') && property.items && typesOf(property.items).includes('string')) return { ...base, kind: 'list' };
  if (isDate(property)) return { ...base, kind: 'date' };
  if (types.includes('string')) return { ...base, kind: 'text' };
  if (types.includes('integer')) {
    const minimum = property.minimum ?? (property.exclusiveMinimum === undefined ? undefined : Math.floor(property.exclusiveMinimum) + 1);
    return { ...base, kind: 'integer', ...(minimum === undefined ? {} : { minimum }) };
  }
  if (types.includes('object') && property.properties) {
    const controls = objectControls(property);
    return controls.length === 0 ? undefined : { ...base, kind: 'group', controls };
  }
  return undefined;
}

/** The types a schema allows, looking through `anyOf` / `oneOf`. */
function typesOf(schema: JsonSchema): string[] {
  const own = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  return [...own, ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap(typesOf)];
}

/** The allowed string values of a schema, if it has a fixed set. */
function enumOf(schema: JsonSchema): string[] | undefined {
  const values = schema.enum ?? [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].find((each) => each.enum)?.enum;
  return values?.every((value) => typeof value === 'string') ? (values as string[]) : undefined;
}

/** Whether a string schema is a calendar date. */
function isDate(schema: JsonSchema): boolean {
  if (schema.format === 'date') return true;
  if (schema.pattern === undefined) return false;
  try {
    const pattern = new RegExp(schema.pattern, 'u');
    return pattern.test('2024-02-29') && pattern.test('2026-11-24') && !pattern.test('2026-13-01') && !pattern.test('soon');
  } catch {
    return false;
  }
}

/**
 * The frontmatter side of an editor's props, made on the server from Specmark's frontmatter
 * schema: its inputs, and whether the schema has a `title` key (written from the spec's title).
 *
 * @returns The `frontmatter` and `titleInFrontmatter` props.
 */
export function editorFrontmatter(): { frontmatter: FrontmatterControl[]; titleInFrontmatter: boolean } {
  const schema = frontmatterJsonSchema();
  return { frontmatter: frontmatterControls(schema), titleInFrontmatter: 'title' in ((schema.properties ?? {}) as Record<string, unknown>) };
}
