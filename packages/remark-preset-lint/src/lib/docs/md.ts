/**
 * A template tag for Markdown written inline in TypeScript (rule descriptions and examples), so that
 * it reads as the Markdown it is:
 *
 * ```ts
 * const input = md`
 *   ### Problem
 *
 *   Refunds never reach our orders.
 * `
 * // '### Problem\n\nRefunds never reach our orders.\n'
 * ```
 *
 * - Text is taken raw: backslashes stay as written (`\[` is a Markdown escape, not a JavaScript
 *   one). Only the two sequences a template literal cannot hold otherwise are unescaped: `` \` ``
 *   gives a backtick and `\${` gives `${`.
 * - The line break right after the opening backtick is dropped, and so are the spaces before the
 *   closing one: with the closing backtick on a line of its own the text ends with a line break
 *   (what a Markdown file does), right after the last word it ends without one.
 * - The indentation common to all non-blank lines is removed; blank lines become empty.
 * - Interpolated values are inserted as they are, after the indentation is removed.
 *
 * @param strings The literal parts of the template.
 * @param values The interpolated values.
 * @returns The Markdown.
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  // Join the raw parts around placeholders that cannot occur in the text, dedent, then fill them in.
  const marks = values.map((_, index) => `\u0000${index}\u0000`);
  let text = strings.raw.reduce((all, part, index) => all + part + (index < marks.length ? marks[index] : ''), '');
  text = text.replace(/\\(`|\$\{)/g, '$1');
  if (text.startsWith('\n')) text = text.slice(1);
  const lines = text.split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ ]*/.exec(line)![0].length);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  text = lines.map((line) => (line.trim() === '' ? '' : line.slice(common))).join('\n');
  return text.replace(/\u0000(\d+)\u0000/g, (_, index: string) => String(values[Number(index)]));
}
