import { reachesAcrossBlocks } from './cross-block-markdown.ts';

/** A heading line that starts a block: `#` to `######` at the start of the line, then a space or the end. */
const headingLine = /^#{1,6}(?:[ \t]|$)/;
/** A fence line at the top level: up to three spaces, then three or more backticks or tildes. */
const fenceLine = /^ {0,3}(`{3,}|~{3,})/;

/** A `---` line at the very start, which frontmatter would open. */
const frontmatterOpening = /^---[ \t]*\r?\n/;
/** A `---` line that would close it. */
const frontmatterClosing = /\n---[ \t]*(?:\r?\n|$)/;

/**
 * Where the frontmatter that opens the document ends (after its closing line): `0` when there is
 * none, `-1` when it is opened and never closed (the parser then reads the whole rest of the
 * document differently from the same lines split into blocks).
 */
function frontmatterEnd(markdown: string): number {
  const opening = frontmatterOpening.exec(markdown);
  if (!opening) return 0;
  const from = opening[0].length - 1;
  const closing = frontmatterClosing.exec(markdown.slice(from));
  return closing ? from + closing.index + closing[0].length : -1;
}

/**
 * Split a spec's Markdown into blocks that render to the same HTML one by one as together: a new
 * block starts at each unindented ATX heading outside fenced code. A heading always ends whatever
 * came before it (paragraph, list, quote, table), so nothing in one block changes how another is
 * read — unless the document has definitions or raw HTML blocks, or opens frontmatter it never
 * closes, which it is then not split for. The frontmatter stays whole in the first block.
 *
 * @param markdown The spec.
 * @returns The blocks, in order (joined they are `markdown`); one block when it cannot be split.
 */
export function splitBlocks(markdown: string): string[] {
  const head = frontmatterEnd(markdown);
  if (head === -1 || reachesAcrossBlocks(markdown)) return [markdown];
  const blocks: string[] = [];
  // The frontmatter is never split: its lines are YAML, not headings.
  let current: string[] = head > 0 ? [markdown.slice(0, head)] : [];
  let fence: string | undefined;
  for (const line of markdown.slice(head).split(/(?<=\n)/)) {
    const marker = fenceLine.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    } else if (marker && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`'))) fence = marker;
    else if (headingLine.test(line) && current.length > 0) {
      blocks.push(current.join(''));
      current = [];
    }
    current.push(line);
  }
  blocks.push(current.join(''));
  return blocks;
}
