import { stringify } from 'yaml';
import { requiredFromStatus } from './required-from-status.ts';

/** A JSON Schema node, as far as the reference page reads it. */
interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: SchemaNode[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  description?: string;
  examples?: unknown[];
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  exclusiveMinimum?: number;
  uniqueItems?: boolean;
  pattern?: string;
  format?: string;
}

/** One key of the frontmatter schema, for the reference table. */
export interface SchemaRow {
  /** Dotted path (`rateLimit.per`). */
  path: string;
  /** Nesting depth: 0 for a top-level key. */
  depth: number;
  /** Whether the key must be present (in its parent, for nested keys). */
  required: boolean;
  /** The first status from which a top-level key must be present, when only from a status on. */
  requiredFrom?: string;
  /** The value's type in words (`one of draft, review…`, `list of text`). */
  type: string;
  /** The description from the schema, Markdown. */
  description: string;
  /** The first example, as YAML (`key: value`), or `''`. */
  example: string;
}

/**
 * Describe a JSON Schema value type in words.
 *
 * @param node The schema node.
 * @returns The description (`text, 3–120 characters`).
 */
export function typeInWords(node: SchemaNode): string {
  if (node.anyOf) return node.anyOf.map(typeInWords).join(', or ');
  if (node.enum) return `one of ${node.enum.map((value) => `\`${String(value)}\``).join(', ')}`;
  const type = Array.isArray(node.type) ? node.type.join(' or ') : node.type;
  if (type === 'array') {
    const bounds = [node.minItems ? 'non-empty' : '', node.uniqueItems ? 'no repeats' : ''].filter(Boolean).join(', ');
    return `list${bounds ? ` (${bounds})` : ''} of ${node.items ? typeInWords(node.items) : 'values'}`;
  }
  if (type === 'object') return 'mapping';
  if (type === 'integer') return node.exclusiveMinimum === 0 ? 'positive integer' : 'integer';
  if (type === 'string') {
    if (node.format === 'date' || node.pattern?.includes('\\d{4}')) return 'date (`YYYY-MM-DD`)';
    if (node.minLength !== undefined && node.maxLength !== undefined) return `text, ${node.minLength}–${node.maxLength} characters`;
    return 'text';
  }
  return type ?? 'any value';
}

/**
 * Flatten a JSON Schema object into one row per key, nested keys after their parent.
 *
 * @param schema The JSON Schema of the frontmatter (an object schema).
 * @returns The rows, in the schema's key order.
 */
export function schemaRows(schema: Record<string, unknown>): SchemaRow[] {
  const rows: SchemaRow[] = [];
  const from = requiredFromStatus();
  const walk = (node: SchemaNode, prefix: string, depth: number): void => {
    const required = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const example = child.examples?.[0];
      rows.push({
        path: prefix + key,
        depth,
        required: required.has(key),
        ...(depth === 0 && from.has(key) ? { requiredFrom: from.get(key)! } : {}),
        type: typeInWords(child),
        description: child.description ?? '',
        example: example === undefined ? '' : stringify({ [key]: example }, { lineWidth: 0 }).trimEnd(),
      });
      if (child.properties) walk(child, `${prefix}${key}.`, depth + 1);
    }
  };
  walk(schema as SchemaNode, '', 0);
  return rows;
}
