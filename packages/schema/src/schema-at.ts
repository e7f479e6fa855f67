import type * as z from 'zod';

type Def = { type: string; [key: string]: unknown };

/** The schema's definition. */
function def(schema: z.core.$ZodType): Def {
  return schema._zod.def as unknown as Def;
}

/** Look through wrappers (optional, default, preprocess, …) to the schema that holds the data. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let depth = 0; depth < 32; depth++) {
    const d = def(current);
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional', 'success'].includes(d.type)) {
      current = d.innerType as z.core.$ZodType;
    } else if (d.type === 'pipe') {
      const input = d.in as z.core.$ZodType;
      current = def(input).type === 'transform' ? (d.out as z.core.$ZodType) : input;
    } else if (d.type === 'lazy') {
      current = (current as unknown as { _zod: { innerType: z.core.$ZodType } })._zod.innerType;
    } else {
      return current;
    }
  }
  return current;
}

/**
 * Find the schema of the value at a path.
 *
 * @param schema The root schema.
 * @param path Keys and list indices.
 * @returns The schema there (wrappers removed), or `undefined` when the path leaves the schema.
 */
export function schemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = unwrap(schema);
  for (const part of path) {
    if (!current) return undefined;
    const d = def(current);
    if (d.type === 'object' && typeof part === 'string') {
      const shape = d.shape as Record<string, z.core.$ZodType>;
      current = Object.hasOwn(shape, part) ? shape[part] : undefined;
    } else if (d.type === 'array' && typeof part === 'number') {
      current = d.element as z.core.$ZodType;
    } else if (d.type === 'union') {
      const options = (d.options as z.core.$ZodType[]).map((option) => schemaAt(option, [part])).filter((found) => found !== undefined);
      current = options[0];
    } else {
      return undefined;
    }
    current = current && unwrap(current);
  }
  return current;
}

/**
 * The keys an object schema allows.
 *
 * @param schema A schema (an object, possibly wrapped).
 * @returns Its keys in order, or `[]` when it is not an object.
 */
export function allowedKeys(schema: z.core.$ZodType | undefined): string[] {
  if (!schema) return [];
  const d = def(unwrap(schema));
  return d.type === 'object' ? Object.keys(d.shape as object) : [];
}

/**
 * The values an enum or literal schema allows.
 *
 * @param schema A schema (possibly wrapped).
 * @returns The values, or `undefined` when the schema is not an enum or literal.
 */
export function allowedValues(schema: z.core.$ZodType | undefined): string[] | undefined {
  if (!schema) return undefined;
  const d = def(unwrap(schema));
  if (d.type === 'enum') return Object.values(d.entries as Record<string, string | number>).map(String);
  if (d.type === 'literal') return (d.values as unknown[]).map(String);
  return undefined;
}
