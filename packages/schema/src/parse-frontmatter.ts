import { isNode, LineCounter, parseDocument, visit, type Document, type ParsedNode } from 'yaml';
import type { FrontmatterIssue, LocatedFrontmatterIssue } from './frontmatter-issue.ts';
import { typeOf } from './issues-from-zod.ts';
import { flowTooDeep } from './flow-depth.ts';
import { issueSpan, keyText, located, type Span } from './locate-issue.ts';
import type { SpecFrontmatter } from './spec-frontmatter-schema.ts';
import { validateFrontmatter, type ValidateFrontmatterOptions } from './validate-frontmatter.ts';

/** Deepest nesting of flow collections read. */
const depthLimit = 64;

/** Alias expansions allowed when reading YAML; more is treated as a resource exhaustion attack. */
const aliasLimit = 50;

/** Options of {@link parseFrontmatter}. */
export interface ParseFrontmatterOptions<Output = SpecFrontmatter> extends ValidateFrontmatterOptions<Output> {
  /** Longest YAML text read, in characters; longer text is one issue (default: `65536`). */
  maxLength?: number;
}

/** What {@link parseFrontmatter} found. */
export interface ParseFrontmatterResult<Output = SpecFrontmatter> {
  /** The validated frontmatter, when there are no issues. */
  data?: Output;
  /** Every issue found, in text order; empty when the frontmatter is valid. */
  issues: LocatedFrontmatterIssue[];
}

/** Words of a YAML error, without the position (issues carry it) and with a lower-case start. */
function reason(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return 'more than one YAML document';
  const text = (message.split('\n')[0] ?? code).replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/**
 * Where each line of a YAML text starts. A line ends at `\n`, `\r\n` or a lone `\r`, as in YAML
 * and in Markdown, so that places agree with the lines of the file around the frontmatter.
 */
function lineStarts(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  const breaks = /\r\n?|\n/g;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) lines.addNewLine(match.index + match[0].length);
  return lines;
}

/** The key whose node starts at an offset: its text and span. */
function keyAt(document: Document.Parsed, offset: number): { key: string; span: Span } | undefined {
  let found: { key: string; span: Span } | undefined;
  visit(document, {
    Pair(_, pair) {
      if (isNode(pair.key) && pair.key.range?.[0] === offset) {
        found = { key: keyText(pair.key), span: { start: pair.key.range[0], end: pair.key.range[1] } };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The span of the first alias in the document (the first unresolved one when `unresolved`). */
function aliasSpan(document: Document.Parsed, unresolved: boolean): Span {
  let span: Span = { start: 0, end: 0 };
  visit(document, {
    Alias(_, alias) {
      if (unresolved && alias.resolve(document) !== undefined) return undefined;
      if (alias.range) span = { start: alias.range[0], end: alias.range[1] };
      return visit.BREAK;
    },
  });
  return span;
}

/** The one issue for YAML that cannot be read. */
function yamlIssue(document: Document.Parsed<ParsedNode>): { issue: FrontmatterIssue; span: Span } | undefined {
  const error = document.errors[0];
  if (!error) return undefined;
  const span = { start: error.pos[0], end: error.pos[1] };
  if (error.code === 'DUPLICATE_KEY') {
    const duplicate = keyAt(document, error.pos[0]);
    return { issue: { code: 'yaml-duplicate-key', path: [], params: { key: duplicate?.key ?? '' } }, span: duplicate?.span ?? span };
  }
  if (error.code === 'RESOURCE_EXHAUSTION') return { issue: { code: 'yaml-too-deep', path: [], params: { limit: depthLimit } }, span };
  return { issue: { code: 'yaml-syntax', path: [], params: { reason: reason(error.code, error.message) } }, span };
}

/**
 * Parse a spec's raw frontmatter (the YAML between the `---` fences) and validate it. YAML is
 * read as YAML 1.2 (core schema): `2026-11-24` stays a string and `no` is not `false`. Never
 * throws: malformed YAML, a duplicate key, aliases that expand too much, text that is not a
 * mapping and text longer than `maxLength` each give one issue; otherwise every schema issue is
 * given, with the line and column of the offending key or value.
 *
 * @param yamlText The YAML text; line 1 is the first line after the opening `---`.
 * @param options Schema, extra template ids and length limit (default: `{}`).
 * @returns The validated frontmatter, or the issues with 1-based lines and columns relative to `yamlText`.
 */
export function parseFrontmatter<Output = SpecFrontmatter>(yamlText: string, options: ParseFrontmatterOptions<Output> = {}): ParseFrontmatterResult<Output> {
  const lines = lineStarts(yamlText);
  // Error ranges may end past the text (an unclosed quote) or inside a `\r\n`: places stay on the text's lines.
  const at = (offset: number): number => {
    const clamped = Math.min(offset, yamlText.length);
    return yamlText[clamped] === '\n' && yamlText[clamped - 1] === '\r' ? clamped - 1 : clamped;
  };
  const inside = (span: Span): Span => ({ start: at(span.start), end: at(Math.max(span.start, span.end)) });
  const limit = options.maxLength ?? 65_536;
  if (yamlText.length > limit) {
    return { issues: [located({ code: 'yaml-too-large', path: [], params: { size: yamlText.length, limit } }, { start: 0, end: 0 }, lines)] };
  }
  const deep = flowTooDeep(yamlText, depthLimit);
  if (deep !== undefined) return { issues: [located({ code: 'yaml-too-deep', path: [], params: { limit: depthLimit } }, inside({ start: deep, end: deep + 1 }), lines)] };
  let document: Document.Parsed<ParsedNode>;
  try {
    document = parseDocument(yamlText, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    // The parser reports problems as errors on the document; this is a last resort.
    const issue = { code: 'yaml-syntax', path: [], params: { reason: error instanceof Error ? reason('', error.message) : 'unreadable YAML' } };
    return { issues: [located(issue, { start: 0, end: 0 }, lines)] };
  }
  const broken = yamlIssue(document);
  if (broken) return { issues: [located(broken.issue, inside(broken.span), lines)] };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: aliasLimit });
  } catch (error) {
    const excessive = error instanceof Error && /excessive alias/i.test(error.message);
    const issue: FrontmatterIssue = excessive
      ? { code: 'yaml-aliases', path: [], params: { limit: aliasLimit } }
      : { code: 'yaml-syntax', path: [], params: { reason: error instanceof Error ? reason('', error.message) : 'unreadable YAML' } };
    return { issues: [located(issue, inside(aliasSpan(document, !excessive)), lines)] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const root = document.contents;
    const span = root?.range ? { start: root.range[0], end: root.range[1] } : { start: 0, end: 0 };
    const actual = data === null || data === undefined ? 'empty' : typeOf(data);
    return { issues: [located({ code: 'not-a-mapping', path: [], params: { actual } }, inside(span), lines)] };
  }
  const result = validateFrontmatter(data, options);
  const issues = result.issues
    .map((issue) => located(issue, inside(issueSpan(document, issue)), lines))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return result.data === undefined ? { issues } : { data: result.data, issues };
}
