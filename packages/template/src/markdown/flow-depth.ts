/**
 * Find where YAML flow collections (`[` … `]`, `{` … `}`) nest deeper than a limit, before the
 * YAML parser is asked to read them: deeply nested brackets exhaust its stack slowly, and no
 * frontmatter nests that deep. Quoted strings and comments are skipped.
 *
 * @param text The YAML text.
 * @param limit Deepest nesting allowed.
 * @returns The offset of the first bracket past the limit, or `undefined`.
 */
export function flowTooDeep(text: string, limit: number): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === '\\' && quote === '"') index++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '#' && (index === 0 || /\s/.test(text[index - 1] ?? ''))) {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end;
    } else if (char === '[' || char === '{') {
      if (++depth > limit) return index;
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}
