import type * as z from 'zod';
import type { FrontmatterIssue } from './frontmatter-issue.ts';
import { allowedKeys, allowedValues, schemaAt } from './schema-at.ts';
import { shownValue } from './shown-value.ts';
import { specmarkIssueKey, type RecordedIssue } from './specmark-issue.ts';

/** zod's expected-type names as Specmark names them. */
const typeNames: Readonly<Record<string, string>> = { int: 'integer', array: 'list', object: 'mapping', tuple: 'list', record: 'mapping' };

/**
 * The type name of a value, as issues name it (`string`, `list`, `mapping`, …).
 *
 * @param value Any value.
 * @param expected The expected type, to tell a `fraction` from an `integer`.
 * @returns The type name.
 */
export function typeOf(value: unknown, expected?: string): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Date) return 'date';
  if (value instanceof Uint8Array) return 'binary';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : expected === 'int' ? 'fraction' : 'number';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value;
  return 'unknown';
}

/** A path with only string and number parts. */
function plainPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((part) => (typeof part === 'number' ? part : String(part)));
}

/** Whether a zod issue only says the value has the wrong type. */
function isTypeMismatch(issues: readonly z.core.$ZodIssue[]): boolean {
  return issues.length === 1 && issues[0]?.code === 'invalid_type' && issues[0].path.length === 0;
}

/** Translate one zod issue at an absolute path. */
function translate(issue: z.core.$ZodIssue, path: (string | number)[], schema: z.core.$ZodType): FrontmatterIssue[] {
  const input = issue.input;
  const missing = (): FrontmatterIssue[] => {
    const allowed = allowedValues(schemaAt(schema, path));
    return [{ code: 'missing-key', path, params: allowed ? { key: path.at(-1), allowed } : { key: path.at(-1) } }];
  };
  switch (issue.code) {
    case 'custom': {
      const recorded = issue.params?.[specmarkIssueKey] as RecordedIssue | undefined;
      return [recorded ? { ...recorded, path } : { code: 'custom', path, params: { message: issue.message } }];
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schemaAt(schema, path));
      return issue.keys.map((key) => ({ code: 'unknown-key', path: [...path, key], params: { key, allowed } }));
    }
    case 'invalid_type':
      if (input === undefined && path.length > 0) return missing();
      if (path.length === 0) return [{ code: 'not-a-mapping', path, params: { actual: input === undefined ? 'empty' : typeOf(input) } }];
      return [{ code: 'invalid-type', path, params: { actual: typeOf(input, issue.expected), expected: [typeNames[issue.expected] ?? issue.expected] } }];
    case 'invalid_union': {
      if (input === undefined && path.length > 0) return missing();
      const branches = issue.errors;
      if (branches.length > 0 && branches.every(isTypeMismatch)) {
        const expected = [...new Set(branches.map((branch) => branch[0] as z.core.$ZodIssueInvalidType).map((mismatch) => typeNames[mismatch.expected] ?? mismatch.expected))];
        return [{ code: 'invalid-type', path, params: { actual: typeOf(input), expected } }];
      }
      const closest = branches.find((branch) => !isTypeMismatch(branch)) ?? [];
      const inner = closest.flatMap((item) => translate(item, [...path, ...plainPath(item.path)], schema));
      return inner.length > 0 ? inner : [{ code: 'custom', path, params: { message: issue.message } }];
    }
    case 'invalid_value':
      if (input === undefined && path.length > 0) return missing();
      return [{ code: 'invalid-value', path, params: { ...shownValue(input), allowed: issue.values.map(String) } }];
    case 'invalid_format':
      return [{ code: 'invalid-format', path, params: { ...shownValue(input), format: issue.format } }];
    case 'too_small':
    case 'too_big': {
      const unit = typeof input === 'string' ? 'characters' : 'items';
      const length = typeof input === 'string' || Array.isArray(input) ? input.length : undefined;
      const inclusive = issue.inclusive === true;
      if (issue.code === 'too_small') {
        const minimum = Number(issue.minimum);
        return [length === undefined ? { code: 'too-small', path, params: { ...shownValue(input), minimum, inclusive } } : { code: 'too-short', path, params: { actual: length, minimum, unit } }];
      }
      const maximum = Number(issue.maximum);
      return [length === undefined ? { code: 'too-big', path, params: { ...shownValue(input), maximum, inclusive } } : { code: 'too-long', path, params: { actual: length, maximum, unit } }];
    }
    case 'not_multiple_of':
      if (issue.divisor === 1) return [{ code: 'invalid-type', path, params: { actual: typeOf(input, 'int'), expected: ['integer'] } }];
      return [{ code: 'custom', path, params: { message: issue.message } }];
    default:
      return [{ code: 'custom', path, params: { message: issue.message } }];
  }
}

/**
 * Turn zod issues into frontmatter issues. A value that looks like a secret gets one issue
 * (`secret-value`) and no other at the same path, so no message hints at it twice.
 *
 * @param issues zod issues, parsed with `reportInput: true`.
 * @param schema The schema that produced them (to list allowed keys and values).
 * @returns Frontmatter issues, in zod's order.
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[], schema: z.core.$ZodType): FrontmatterIssue[] {
  const all = issues.flatMap((issue) => translate(issue, plainPath(issue.path), schema));
  const secretPaths = new Set(all.filter((issue) => issue.code === 'secret-value').map((issue) => JSON.stringify(issue.path)));
  return all.filter((issue) => issue.code === 'secret-value' || !secretPaths.has(JSON.stringify(issue.path)));
}
