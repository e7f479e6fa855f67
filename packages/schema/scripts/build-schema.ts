// Writes schema.json, the JSON Schema of the frontmatter, from the zod schema.
// Run with `npm run build:schema -w packages/schema` (also run by `prepack`).
import { writeFile } from 'node:fs/promises';
import { schemaJsonFile, schemaJsonText } from './schema-json.ts';

await writeFile(schemaJsonFile, schemaJsonText());
console.log(`wrote ${schemaJsonFile.pathname}`);
