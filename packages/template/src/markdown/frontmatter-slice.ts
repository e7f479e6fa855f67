/** An opening or closing frontmatter fence: `---`, then spaces or tabs, then the end of the line. */
const fence = /^---[ \t]*$/;

/**
 * The YAML of a text's frontmatter, found as the Markdown parser (`parseMarkdown`, remark with
 * remark-frontmatter) finds it, without parsing the Markdown: the text opens with a `---` line (no
 * indent; spaces or tabs may follow), and a later `---` line closes it; the YAML is the lines
 * between, as the parser's `yaml` node holds them. Linear in the text.
 *
 * @param text Normalised text (no BOM, `\n` line endings).
 * @returns The YAML (`''` for an empty block), or `undefined` when the text has no frontmatter.
 */
export function frontmatterSlice(text: string): string | undefined {
  const first = text.indexOf('\n');
  if (first === -1 || !fence.test(text.slice(0, first))) return undefined;
  let start = first + 1;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (fence.test(line)) return text.slice(first + 1, Math.max(first + 1, start - 1));
    if (end === -1) return undefined;
    start = end + 1;
  }
  return undefined;
}

/**
 * The first lines of a frontmatter that no `---` line closes: from the opening `---` line to the
 * first blank line (or the end). They are what the writer meant as YAML, so that a spec whose
 * closing line was lost still says which template it follows (and gets its error for the
 * unclosed block). Linear in the text.
 *
 * @param text Normalised text (no BOM, `\n` line endings).
 * @returns The lines, or `undefined` when the text has no opening `---` line or its frontmatter is closed.
 */
export function unclosedFrontmatterHead(text: string): string | undefined {
  const first = text.indexOf('\n');
  if (first === -1 || !fence.test(text.slice(0, first)) || frontmatterSlice(text) !== undefined) return undefined;
  const blank = text.indexOf('\n\n', first);
  return text.slice(first + 1, blank === -1 ? text.length : blank);
}
