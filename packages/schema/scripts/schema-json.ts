// The text of schema.json, shared by the build script and the test that keeps the file fresh.
import { frontmatterJsonSchema } from '../src/index.ts';

/** Where the JSON Schema is committed and shipped. */
export const schemaJsonFile = new URL('../schema.json', import.meta.url);

/** The JSON Schema as schema.json holds it: two-space indents, a final line break. */
export function schemaJsonText(): string {
  return JSON.stringify(frontmatterJsonSchema(), null, 2) + '\n';
}
