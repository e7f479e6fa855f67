import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { CliError } from '../cli-problem.ts';
import type { Suppressions } from './suppressions.ts';

/** What a JSON syntax error expected, by jsonc-parser's error code. */
const expectedByCode: Readonly<Record<number, string>> = {
  3: 'a property name in double quotes',
  4: 'a value',
  5: '`:`',
  6: '`,`',
  7: '`,` or `}`',
  8: '`,` or `]`',
  9: 'the end of the file',
  12: 'the closing `"` of the string',
};

/** A located problem of the file's content. */
class Invalid extends Error {
  /** Where, in UTF-16 code units from the start of the text. */
  readonly offset: number;
  /** What is wrong (`Unexpected …, expected …`). */
  readonly reason: string;

  /**
   * @param offset Where, in UTF-16 code units from the start of the text.
   * @param reason What is wrong (`Unexpected …, expected …`).
   */
  constructor(offset: number, reason: string) {
    super(reason);
    this.offset = offset;
    this.reason = reason;
  }
}

/** What a JSON node is, for a message: its value when it is short, else its kind. */
function actual(node: Node): string {
  if (node.type === 'object') return 'object';
  if (node.type === 'array') return 'list';
  const text = JSON.stringify(node.value);
  return text.length <= 40 ? '`' + text + '`' : node.type;
}

/** `` `a` → `b` ``: a place in the file, by keys. */
function at(keys: readonly string[]): string {
  return keys.map((key) => '`' + key + '`').join(' → ');
}

/** The properties of an object node, refusing a key written twice. */
function properties(node: Node, keys: readonly string[]): [string, Node, Node][] {
  const seen = new Set<string>();
  return (node.children ?? []).map((property) => {
    const [name, value] = property.children as [Node, Node];
    const key = name.value as string;
    if (seen.has(key)) throw new Invalid(name.offset, `Unexpected second ${at([...keys, key])}, expected each key once`);
    seen.add(key);
    return [key, name, value];
  });
}

/**
 * Read the text of a suppressions file: `{"<file>": {"<rule id>": {"count": <n>}}}`, a file as
 * its path relative to the root with `/`, a count a whole number of at least 1. Strict JSON (no
 * comments, no trailing commas).
 *
 * @param text The file's text.
 * @returns The suppressions.
 * @throws {Invalid} At the first problem.
 */
function parseText(text: string): Suppressions {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined || root === undefined) {
    const offset = (first?.offset ?? 0);
    const found = text.slice(offset, offset + Math.max(1, first?.length ?? 1));
    const expected = expectedByCode[first?.error ?? 4] ?? 'JSON';
    throw new Invalid(offset, `Unexpected ${offset >= text.length ? 'end of the file' : '`' + found + '`'}, expected ${expected}`);
  }
  if (root.type !== 'object') throw new Invalid(root.offset, `Unexpected ${actual(root)}, expected an object of files`);
  const suppressions: Suppressions = new Map();
  for (const [file, name, rules] of properties(root, [])) {
    if (file === '') throw new Invalid(name.offset, 'Unexpected empty file path, expected the path of a file relative to the root');
    if (rules.type !== 'object') throw new Invalid(rules.offset, `Unexpected ${actual(rules)} for ${at([file])}, expected an object of rule ids`);
    const counts = new Map<string, number>();
    for (const [rule, , entry] of properties(rules, [file])) {
      const keys = [file, rule];
      if (entry.type !== 'object') throw new Invalid(entry.offset, `Unexpected ${actual(entry)} for ${at(keys)}, expected \`{ "count": <n> }\``);
      const count = findNodeAtLocation(entry, ['count']);
      for (const [key, keyNode] of properties(entry, keys)) {
        if (key !== 'count') throw new Invalid(keyNode.offset, `Unexpected key ${at([key])} in ${at(keys)}, expected only \`count\``);
      }
      if (count === undefined) throw new Invalid(entry.offset, `Unexpected ${at(keys)} without \`count\`, expected \`{ "count": <n> }\``);
      if (count.type !== 'number' || !Number.isSafeInteger(count.value) || (count.value as number) < 1) {
        throw new Invalid(count.offset, `Unexpected ${actual(count)} for ${at([...keys, 'count'])}, expected a whole number of at least 1`);
      }
      counts.set(rule, count.value as number);
    }
    suppressions.set(file, counts);
  }
  return suppressions;
}

/** 1-based line and column of an offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * Parse the text of a suppressions file (see {@link parseText}); a UTF-8 byte order mark is allowed.
 *
 * @param text The file's text.
 * @param shown The file as messages name it.
 * @returns The suppressions.
 * @throws {CliError} `suppressions-invalid` at the line and column of the first problem.
 */
export function parseSuppressions(text: string, shown: string): Suppressions {
  // A byte order mark is allowed, and not counted in columns (editors do not show it).
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  try {
    return parseText(text);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    throw new CliError({ code: 'suppressions-invalid', params: { path: shown, ...lineAndColumn(text, error.offset), reason: error.reason } });
  }
}
