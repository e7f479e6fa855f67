import { readYaml, yamlLimits, type YamlReading } from '@specmark/template';
import { isNode, visit, type Document, type ParsedNode } from 'yaml';
import type { FrontmatterIssue, LocatedFrontmatterIssue } from './frontmatter-issue.ts';
import { typeOf } from './issues-from-zod.ts';
import { issueSpan, keyText, located, type Span } from './locate-issue.ts';
import type { SpecFrontmatter } from './spec-frontmatter-schema.ts';
import { validateFrontmatter, type ValidateFrontmatterOptions } from './validate-frontmatter.ts';

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
  /** What the next status will require (`required-from`), located at the frontmatter's start; not errors. */
  pending: LocatedFrontmatterIssue[];
}

/** Words of a YAML error, without the position (issues carry it) and with a lower-case start. */
function reason(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return 'more than one YAML document';
  const text = (message.split('\n')[0] ?? code).replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
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

/** The one issue for YAML that cannot be read as data, with its span. */
function yamlIssue(yaml: YamlReading): { issue: FrontmatterIssue; span: Span } | undefined {
  const { problem, document } = yaml;
  if (!problem) return undefined;
  switch (problem.code) {
    case 'too-large':
      return { issue: { code: 'yaml-too-large', path: [], params: { size: problem.size, limit: problem.limit } }, span: { start: 0, end: 0 } };
    case 'too-deep':
      return { issue: { code: 'yaml-too-deep', path: [], params: { limit: problem.limit } }, span: { start: problem.offset, end: problem.offset + 1 } };
    case 'aliases': {
      const issue: FrontmatterIssue = problem.excessive
        ? { code: 'yaml-aliases', path: [], params: { limit: yamlLimits.aliases } }
        : { code: 'yaml-syntax', path: [], params: { reason: reason('', problem.reason) } };
      return { issue, span: document ? aliasSpan(document, !problem.excessive) : { start: 0, end: 0 } };
    }
    case 'syntax': {
      const { error } = problem;
      const span = { start: error.pos[0], end: error.pos[1] };
      if (error.code === 'DUPLICATE_KEY' && document) {
        const duplicate = keyAt(document, error.pos[0]);
        return { issue: { code: 'yaml-duplicate-key', path: [], params: { key: duplicate?.key ?? '' } }, span: duplicate?.span ?? span };
      }
      if (error.code === 'RESOURCE_EXHAUSTION') return { issue: { code: 'yaml-too-deep', path: [], params: { limit: yamlLimits.flowDepth } }, span };
      return { issue: { code: 'yaml-syntax', path: [], params: { reason: reason(error.code, error.message) } }, span };
    }
  }
}

/**
 * Parse a spec's raw frontmatter (the YAML between the `---` fences) and validate it. YAML is
 * read as every Specmark tool reads it (`readYaml` of `@specmark/template`: YAML 1.2, core schema —
 * `2026-11-24` stays a string and `no` is not `false`). Never throws: malformed YAML, a duplicate
 * key, aliases that expand too much, text that is not a mapping and text longer than `maxLength`
 * each give one issue; otherwise every schema issue is given, with the line and column of the
 * offending key or value.
 *
 * @param yaml The YAML text (line 1 is the first line after the opening `---`), or the text
 *   already read with `readYaml` (then `maxLength` does not apply).
 * @param options Schema, extra template ids and length limit (default: `{}`).
 * @returns The validated frontmatter, or the issues with 1-based lines and columns relative to the YAML.
 */
export function parseFrontmatter<Output = SpecFrontmatter>(yaml: string | YamlReading, options: ParseFrontmatterOptions<Output> = {}): ParseFrontmatterResult<Output> {
  const reading = typeof yaml === 'string' ? readYaml(yaml, options.maxLength === undefined ? {} : { maxLength: options.maxLength }) : yaml;
  const { text, lines } = reading;
  // Error ranges may end past the text (an unclosed quote) or inside a `\r\n`: places stay on the text's lines.
  const at = (offset: number): number => {
    const clamped = Math.min(offset, text.length);
    return text[clamped] === '\n' && text[clamped - 1] === '\r' ? clamped - 1 : clamped;
  };
  const inside = (span: Span): Span => ({ start: at(span.start), end: at(Math.max(span.start, span.end)) });
  const broken = yamlIssue(reading);
  if (broken) return { issues: [located(broken.issue, inside(broken.span), lines)], pending: [] };
  const document = reading.document as Document.Parsed<ParsedNode>;
  const data = reading.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const root = document.contents;
    const span = root?.range ? { start: root.range[0], end: root.range[1] } : { start: 0, end: 0 };
    const actual = data === null || data === undefined ? 'empty' : typeOf(data);
    return { issues: [located({ code: 'not-a-mapping', path: [], params: { actual } }, inside(span), lines)], pending: [] };
  }
  const result = validateFrontmatter(data, options);
  const place = (issue: FrontmatterIssue): LocatedFrontmatterIssue => located(issue, inside(issueSpan(document, issue)), lines);
  const issues = result.issues.map(place).sort((a, b) => a.line - b.line || a.column - b.column);
  const pending = result.pending.map(place);
  return result.data === undefined ? { issues, pending } : { data: result.data, issues, pending };
}
