import { oneLine } from './one-line.ts';

/** An HTML tag, such as Stripe's `<p>` around each summary. */
const htmlTag = /<\/?[A-Za-z][^<>]*>/g;
/** Characters that would start Markdown of their own inside a line: code, emphasis, HTML, escapes. */
const markdownSyntax = /[\\`*<>]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|~~/g;

/**
 * Text from a description (a summary, a response's description) as one line of inline Markdown
 * that says what it says and nothing more: HTML tags dropped, brackets written as parentheses (a
 * bracketed text is a prompt to replace in a spec), and characters that would start code,
 * emphasis or HTML escaped.
 *
 * @param value The text.
 * @param limit The longest line, in characters, before escaping (default: `160`).
 * @returns The Markdown; `''` for a value that is not a string or says nothing.
 */
export function descriptionMarkdown(value: unknown, limit = 160): string {
  if (typeof value !== 'string') return '';
  const text = oneLine(value.replace(htmlTag, ' ').replaceAll('[', '(').replaceAll(']', ')'), limit);
  return text.replace(markdownSyntax, (syntax) => (syntax === '~~' ? '\\~\\~' : `\\${syntax}`));
}
