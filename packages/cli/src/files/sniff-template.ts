const opening = /^\ufeff?---[ \t]*\r?\n/;
const closing = /\r?\n---[ \t]*(?:\r?\n|$)/;
const templateKey = /^template:[ \t]*(["']?)([^"'\r\n#]+?)\1[ \t]*(?:#.*)?$/m;

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
  return templateKey.exec(frontmatter)?.[2];
}
