/** A line that may open a cross-block construct: up to three spaces, then `[` or `<`. */
const crossBlockOpening = /^ {0,3}([[<])/gm;
/** The longest run of link label text from a position: characters other than `]` and `\`, or `\` and the character after it. */
const labelText = /(?:[^\]\\]|\\.)*/y;

/**
 * Tell whether Markdown has what can reach across headings: link reference and footnote
 * definitions (used from anywhere in the document) and HTML blocks (some run past a heading until
 * a blank line or their closing tag). That is, whether `/^ {0,3}(?:\[(?:[^\]\\]|\\.)+\]:|<)/m`
 * matches, in time linear in the text: a label that does not end in `]:` is read once, not again
 * from each line it spans.
 *
 * @param markdown The Markdown.
 * @returns `true` when a line opens, after up to three spaces, with `<` or with `[`, label text
 *   (it may span lines) and `]:`.
 */
export function reachesAcrossBlocks(markdown: string): boolean {
  // Labels starting before the end of a label already read stop where it stopped: they fail too.
  let readUpTo = -1;
  for (const opening of markdown.matchAll(crossBlockOpening)) {
    if (opening[1] === '<') return true;
    const from = opening.index + opening[0].length;
    if (from < readUpTo) continue;
    labelText.lastIndex = from;
    readUpTo = from + (labelText.exec(markdown)?.[0].length ?? 0);
    if (readUpTo > from && markdown.startsWith(']:', readUpTo)) return true;
  }
  return false;
}
