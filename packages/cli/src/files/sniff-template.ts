const opening = /^\ufeff?---[ \t]*\r?\n/;
const closing = /\r?\n---[ \t]*(?:\r?\n|$)/;
/** The start of a `template:` key: at the start of a line. */
const templateKey = /^template:/gm;
/** Characters of a `template` value: not quotes, line breaks (`\r`, `\n`) or `#`. */
const valueCharacter = /[^"'\r\n#]/;
/** What ends a line for `$` in a multiline regular expression. */
const lineEnds = new Set(['\n', '\r', '\u2028', '\u2029']);

/** The index of the first character at or after `from` that is not a space or tab. */
function skipBlanks(text: string, from: number): number {
  let index = from;
  while (text[index] === ' ' || text[index] === '\t') index += 1;
  return index;
}

/** Whether, at `index`, only blanks and maybe a `#` comment are left before the end of the line. */
function restIsBlank(text: string, index: number): boolean {
  const next = text[skipBlanks(text, index)];
  return next === undefined || next === '#' || lineEnds.has(next);
}

/** A quoted value at `start` (which holds the quote), or `undefined`. */
function quotedValue(text: string, start: number): string | undefined {
  const quote = text[start];
  let end = start + 1;
  while (end < text.length && valueCharacter.test(text[end]!)) end += 1;
  return end > start + 1 && text[end] === quote && restIsBlank(text, end + 1) ? text.slice(start + 1, end) : undefined;
}

/** The shortest unquoted value at `start` that the rest of its line can follow, or `undefined`. */
function unquotedValue(text: string, start: number): string | undefined {
  // Blanks inside the value are passed in one step: only after them can the value end.
  let end = start + 1;
  for (;;) {
    if (restIsBlank(text, end)) return text.slice(start, end);
    end = skipBlanks(text, end);
    if (!valueCharacter.test(text[end]!)) return undefined;
    end += 1;
  }
}

/**
 * Read the value of one `template:` key, as
 * `/^template:[ \t]*(["']?)([^"'\r\n#]+?)\1[ \t]*(?:#.*)?$/m` reads it at that line, in time linear
 * in the line.
 *
 * @param text The frontmatter.
 * @param from Where the value starts (just after `template:`).
 * @returns The value, or `undefined` when the line does not match.
 */
function keyValue(text: string, from: number): string | undefined {
  const start = skipBlanks(text, from);
  const first = text[start];
  const value = first === '"' || first === "'" ? quotedValue(text, start) : first !== undefined && valueCharacter.test(first) ? unquotedValue(text, start) : undefined;
  if (value !== undefined) return value;
  // Otherwise the last blank before it is the value, when only blanks and a comment follow.
  return start > from && restIsBlank(text, start) ? text[start - 1] : undefined;
}

/**
 * Read the `template` a file's YAML frontmatter names, without parsing the file: a quick look at
 * its first lines, so unrelated Markdown is skipped cheaply.
 *
 * @param text The file's text.
 * @returns The template id, or `undefined` when the file has no frontmatter or no plain
 *   `template:` key in it.
 */
export function sniffTemplate(text: string): string | undefined {
  const open = opening.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = closing.exec('\n' + rest);
  const frontmatter = close ? rest.slice(0, Math.max(0, close.index - 1)) : '';
  for (const key of frontmatter.matchAll(templateKey)) {
    const value = keyValue(frontmatter, key.index + key[0].length);
    if (value !== undefined) return value;
  }
  return undefined;
}
