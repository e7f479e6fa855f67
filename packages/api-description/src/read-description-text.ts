import { readYaml } from '@specmark/template';
import type { DescriptionResult } from './description-problem.ts';

/** Whether the text is JSON (its first character after blanks opens an object or an array). */
function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

/** The 1-based line and column of an offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where a `JSON.parse` error happened, from its message (`… at position 12 (line 1 column 13)`). */
function jsonErrorPlace(text: string, error: unknown): { line?: number; column?: number; reason: string } {
  const raw = error instanceof Error ? error.message : String(error);
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(raw);
  const position = /at position (\d+)/.exec(raw);
  // `Unexpected token ',', ..."<the text around it>"... is not valid JSON`: the quoted text is cut anywhere, quotes included.
  const quoted = raw.endsWith(' is not valid JSON') ? raw.search(/, (?:\.\.\.)?"/) : -1;
  // `… in JSON at position 12 (line 1 column 13)`: the place is given apart.
  const positioned = (quoted === -1 ? raw : raw.slice(0, quoted)).split(' in JSON at position ')[0]!;
  const placed = positioned.lastIndexOf(' (line ');
  const reason = (placed !== -1 && /^ \(line \d+ column \d+\)$/.test(positioned.slice(placed)) ? positioned.slice(0, placed) : positioned).trim() || 'invalid JSON';
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]), reason };
  if (position) return { ...lineAndColumn(text, Number(position[1])), reason };
  return { reason };
}

/**
 * Reads the text of an API description, JSON or YAML, into a plain object. A UTF-8 byte order
 * mark is ignored; CRLF line endings are read as LF.
 *
 * @param text The description's text.
 * @returns The document, or where and why it cannot be read.
 */
export function readDescriptionText(text: string): DescriptionResult<Record<string, unknown>> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return { ok: false, problem: { message: 'Unexpected empty file, expected an OpenAPI or Swagger description (JSON or YAML)' } };
  let document: unknown;
  if (looksLikeJson(source)) {
    try {
      document = JSON.parse(source);
    } catch (error) {
      const { reason, ...place } = jsonErrorPlace(source, error);
      return { ok: false, problem: { message: `Unexpected JSON syntax (${reason}), expected an OpenAPI or Swagger description`, ...place } };
    }
  } else {
    // The one YAML reader, with room for a description's length and its aliases.
    const read = readYaml(source, { maxLength: source.length, maxAliases: 1000 });
    const { problem } = read;
    if (problem?.code === 'syntax') {
      const reason = problem.error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return { ok: false, problem: { message: `Unexpected YAML syntax (${reason}), expected an OpenAPI or Swagger description`, ...lineAndColumn(source, problem.error.pos[0]) } };
    }
    if (problem?.code === 'too-deep') {
      return { ok: false, problem: { message: `Unexpected flow collections nested deeper than ${problem.limit} levels, expected an OpenAPI or Swagger description`, ...lineAndColumn(source, problem.offset) } };
    }
    if (problem) return { ok: false, problem: { message: `Unexpected YAML (${problem.code === 'aliases' ? problem.reason : 'too long'}), expected an OpenAPI or Swagger description` } };
    document = read.data;
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return { ok: false, problem: { message: 'Unexpected document that is not an object, expected an OpenAPI or Swagger description', line: 1, column: 1 } };
  }
  return { ok: true, value: document as Record<string, unknown> };
}
