import { LineCounter, parseDocument, type Document, type ParsedNode, type YAMLError } from 'yaml';
import { flowTooDeep } from './flow-depth.ts';

/** The limits every YAML text is read within: frontmatter is short, and text past them is an attack. */
export const yamlLimits = {
  /** Longest text read, in characters. */
  length: 65_536,
  /** Deepest nesting of flow collections (`[`, `{`). */
  flowDepth: 64,
  /** Alias expansions allowed when turning the document into data. */
  aliases: 50,
} as const;

/** Why a YAML text could not be read, as data. */
export type YamlProblem =
  /** The text is longer than the limit. */
  | { code: 'too-large'; size: number; limit: number }
  /** Flow collections nest deeper than the limit, at `offset`. */
  | { code: 'too-deep'; limit: number; offset: number }
  /** The parser's first error (syntax, duplicate key, …). */
  | { code: 'syntax'; error: YAMLError }
  /** Aliases expand past the limit (`excessive`), or one cannot be resolved. */
  | { code: 'aliases'; excessive: boolean; reason: string };

/** A YAML text, read once. */
export interface YamlReading {
  /** The text. */
  text: string;
  /** Where its lines start; a line ends at `\n`, `\r\n` or a lone `\r`, as in Markdown. */
  lines: LineCounter;
  /** The parsed document (absent when the text was refused before parsing). */
  document?: Document.Parsed<ParsedNode>;
  /** Why the text could not be read as data, when it could not. */
  problem?: YamlProblem;
  /** The text as plain data (any type), when there was no problem. */
  data?: unknown;
}

/**
 * Read a YAML text the one way Specmark reads YAML (frontmatter, templates): YAML 1.2 with the
 * core schema (`2026-11-24` stays a string, `no` is not `false`), duplicate keys refused, no
 * warning printed (it could quote a secret), within {@link yamlLimits}. Never throws.
 *
 * @param text The YAML text.
 * @param options Longest text read, in characters (default: `yamlLimits.length`), and alias
 *   expansions allowed (default: `yamlLimits.aliases`): a provider's API description is longer
 *   than any frontmatter.
 * @returns The document, its data, or the first problem.
 */
export function readYaml(text: string, options: { maxLength?: number; maxAliases?: number } = {}): YamlReading {
  const lines = lineStarts(text);
  const limit = options.maxLength ?? yamlLimits.length;
  if (text.length > limit) return { text, lines, problem: { code: 'too-large', size: text.length, limit } };
  const deep = flowTooDeep(text, yamlLimits.flowDepth);
  if (deep !== undefined) return { text, lines, problem: { code: 'too-deep', limit: yamlLimits.flowDepth, offset: deep } };
  let document: Document.Parsed<ParsedNode>;
  try {
    document = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    // The parser reports problems as errors on the document; this is a last resort.
    return { text, lines, problem: { code: 'aliases', excessive: false, reason: error instanceof Error ? error.message : 'unreadable YAML' } };
  }
  const error = document.errors[0];
  if (error) return { text, lines, document, problem: { code: 'syntax', error } };
  try {
    return { text, lines, document, data: document.toJS({ maxAliasCount: options.maxAliases ?? yamlLimits.aliases }) };
  } catch (failure) {
    const reason = failure instanceof Error ? failure.message : 'unreadable YAML';
    return { text, lines, document, problem: { code: 'aliases', excessive: /excessive alias/i.test(reason), reason } };
  }
}

/** Where each line of a YAML text starts. */
function lineStarts(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  const breaks = /\r\n?|\n/g;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) lines.addNewLine(match.index + match[0].length);
  return lines;
}
