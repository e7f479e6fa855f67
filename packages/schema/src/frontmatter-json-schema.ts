import * as z from 'zod';
import { statusesFrom, statusRequirements } from './cross-field-rules.ts';
import { specFrontmatterSchema } from './spec-frontmatter-schema.ts';

/** A JSON Schema document. */
export type JsonSchema = Record<string, unknown>;

/**
 * Make the JSON Schema (draft 2020-12) of a frontmatter schema: the input side (what a person
 * writes), with each key's description and examples. String shapes are given as `pattern`s, not
 * `format`s, so that stock validators (ajv without formats) accept the schema. The rules tying
 * keys together that JSON Schema can state (the keys each `status` requires, see
 * `statusRequirements`) are added as `if`/`then`; what it cannot state is listed in the README.
 *
 * `@specmark/schema/schema.json` is this function's output for {@link specFrontmatterSchema}.
 *
 * @param schema A frontmatter schema (default: `specFrontmatterSchema`); pass one made with
 *   `extendSpecFrontmatter` to get a team's own JSON Schema.
 * @returns The JSON Schema, as a plain object.
 */
export function frontmatterJsonSchema(schema: z.ZodType = specFrontmatterSchema): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    override({ jsonSchema }) {
      if (typeof jsonSchema.format === 'string' && typeof jsonSchema.pattern === 'string') delete jsonSchema.format;
      if (jsonSchema.type === 'integer' && jsonSchema.multipleOf === 1) delete jsonSchema.multipleOf;
    },
  }) as JsonSchema;
  const properties = (json.properties ?? {}) as Record<string, unknown>;
  const rules: JsonSchema[] = [];
  for (const requirement of statusRequirements) {
    if (!(requirement.key in properties) || !('status' in properties)) continue;
    const when: JsonSchema = { required: ['status'], properties: { status: { enum: [...statusesFrom(requirement.status)] } } };
    if (requirement.templates) {
      (when.required as string[]).push('template');
      (when.properties as Record<string, unknown>).template = { enum: [...requirement.templates] };
    }
    rules.push({ if: when, then: { required: [requirement.key] } });
  }
  const { $schema, title, description, ...rest } = json;
  return { $schema, title, description, ...rest, ...(rules.length > 0 ? { allOf: rules } : {}) };
}
