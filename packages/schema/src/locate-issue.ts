import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode, type ParsedNode } from 'yaml';
import type { FrontmatterIssue, LocatedFrontmatterIssue } from './frontmatter-issue.ts';

/** Codes whose issue points at a key rather than at a value. */
const keyCodes = new Set(['unknown-key', 'missing-key', 'required-with']);

/** Offsets of a span of the YAML text. */
export interface Span {
  /** Offset of the first character, 0-based. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/**
 * The text of a mapping key, as `toJS` writes it.
 *
 * @param key A key node (or plain value).
 * @returns The key as a string.
 */
export function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

/** The span of a node, or `undefined` when it has no place (an empty value). */
function spanOf(node: unknown): Span | undefined {
  const range = (node as YamlNode | null | undefined)?.range;
  if (!range || (isScalar(node) && node.value === null && range[0] === range[1])) return undefined;
  return { start: range[0], end: range[1] };
}

/** Walk a path: the deepest key and value found, and how many parts were found. */
function walk(document: Document.Parsed, path: readonly (string | number)[]): { key?: YamlNode; value?: unknown; found: number } {
  let value: unknown = document.contents;
  let key: YamlNode | undefined;
  let found = 0;
  for (const part of path) {
    if (isAlias(value)) value = value.resolve(document);
    if (isMap(value)) {
      const pair = value.items.find((item) => keyText(item.key) === String(part));
      if (!pair) break;
      key = pair.key as YamlNode;
      value = pair.value;
    } else if (isSeq(value) && typeof part === 'number' && part < value.items.length) {
      key = undefined;
      value = value.items[part];
    } else {
      break;
    }
    found++;
  }
  return { key, value, found };
}

/**
 * Find where the value at a path of the frontmatter is: `['api', 'operations', 1]` is the second
 * item of `api.operations`. The one way a tool places a message at a nested key's value.
 *
 * @param document The parsed YAML document.
 * @param path Keys and list indices from the root.
 * @returns Offsets in the YAML text, or `undefined` when the path leads nowhere or to an empty value.
 */
export function frontmatterValueSpan(document: Document.Parsed<ParsedNode>, path: readonly (string | number)[]): Span | undefined {
  const { value, found } = walk(document, path);
  return found === path.length ? spanOf(value) : undefined;
}

/**
 * Find where an issue is in the YAML: the offending key for unknown, missing and required keys
 * (the parent's key, or the start of the frontmatter, for a key that is absent; the key whose
 * value requires it for `required-with`, and `status` for `required-from`), the offending value otherwise (its key when empty).
 *
 * @param document The parsed YAML document.
 * @param issue The issue.
 * @returns Offsets in the YAML text.
 */
export function issueSpan(document: Document.Parsed<ParsedNode>, issue: FrontmatterIssue): Span {
  const rootSpan = spanOf(document.contents) ?? { start: 0, end: 0 };
  const rootStart = { start: rootSpan.start, end: rootSpan.start };
  if (issue.code === 'required-with' || issue.code === 'required-from') {
    // The key whose value requires it: the one `when` names, or `status` for what a status will require.
    const when = issue.code === 'required-from' ? 'status' : String((issue.params.when as { key?: unknown } | undefined)?.key);
    const { key, found } = walk(document, [...issue.path.slice(0, -1), when]);
    return (found === issue.path.length && spanOf(key)) || rootStart;
  }
  const { key, value, found } = walk(document, issue.path);
  if (found < issue.path.length) return (found > 0 && spanOf(key)) || rootStart;
  if (keyCodes.has(issue.code)) return spanOf(key) ?? rootStart;
  return spanOf(value) ?? spanOf(key) ?? rootSpan;
}

/**
 * Add the line and column of a span to an issue.
 *
 * @param issue The issue.
 * @param span Where it is, as offsets.
 * @param lines Line starts of the YAML text.
 * @returns The issue with 1-based `line`, `column`, `endLine` and `endColumn`.
 */
export function located(issue: FrontmatterIssue, span: Span, lines: LineCounter): LocatedFrontmatterIssue {
  const start = lines.linePos(span.start);
  const end = lines.linePos(span.end);
  return { ...issue, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
