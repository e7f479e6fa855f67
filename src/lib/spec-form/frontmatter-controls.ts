/** How a frontmatter key is edited in the form. */
export type FrontmatterControlKind = 'text' | 'list' | 'date' | 'select' | 'multi';

/** One frontmatter input of the form. */
export interface FrontmatterControl {
  /** The frontmatter key. */
  key: string;
  /** The kind of input. */
  kind: FrontmatterControlKind;
  /** The allowed values, for `select` and `multi` (default: `[]`). */
  options: string[];
  /** Whether the schema requires the key. */
  required: boolean;
  /** The schema's description of the key (default: `''`). */
  description: string;
}

/** The part of a JSON Schema the form reads. */
interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  description?: string;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

/**
 * Derive the form's frontmatter inputs from the frontmatter's JSON Schema: a key with allowed
 * values becomes a select, a list of allowed values a group of checkboxes, a date (`format: date`,
 * or a pattern that accepts `YYYY-MM-DD` dates only) a date input, a list of strings a
 * comma-separated text input, a string (or string-or-list) a text input. Keys the form fills itself (`template`,
 * `templateVersion`, and `title`, which is the spec's `#` title) and nested objects are left out;
 * imported values of those keys are kept as they are.
 *
 * @param schema The JSON Schema of the frontmatter (an object schema with `properties`).
 * @returns The inputs, in the schema's key order.
 */
export function frontmatterControls(schema: unknown): FrontmatterControl[] {
  const root = schema as JsonSchema;
  const required = new Set(root.required ?? []);
  const controls: FrontmatterControl[] = [];
  for (const [key, property] of Object.entries(root.properties ?? {})) {
    if (key === 'template' || key === 'templateVersion' || key === 'title') continue;
    const base = { key, required: required.has(key), description: property.description ?? '' };
    const values = enumOf(property);
    const listValues = property.items ? enumOf(property.items) : undefined;
    if (values) controls.push({ ...base, kind: 'select', options: values });
    else if (typesOf(property).includes('array') && listValues) controls.push({ ...base, kind: 'multi', options: listValues });
    else if (typesOf(property).includes('array') && property.items && typesOf(property.items).includes('string')) controls.push({ ...base, kind: 'list', options: [] });
    else if (isDate(property)) controls.push({ ...base, kind: 'date', options: [] });
    else if (typesOf(property).includes('string')) controls.push({ ...base, kind: 'text', options: [] });
  }
  return controls;
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
