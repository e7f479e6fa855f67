import type { ListItem } from 'mdast';
import { lineStart } from './line-start.ts';

/** A list item's content, as written. */
export interface ListItemSource {
  /** The content after the marker (and checkbox), continuation lines de-indented, trimmed. */
  text: string;
  /** `true` for `[x]`, `false` for `[ ]`, `undefined` when the item has no checkbox. */
  checked: boolean | undefined;
}

/** A list item's marker: a bullet, or a number and its delimiter. */
export const listMarker = /^(?:[-*+]|\d{1,9}[.)])/;
const checkbox = /^\[[ xX]\](?:[ \t]+|$)/;

/**
 * Read a list item's content verbatim: what follows its marker and checkbox, with the
 * indentation of continuation lines removed, so that it can be written back under another marker.
 *
 * @param source The Markdown the item was parsed from.
 * @param item The list item, with its position.
 * @returns The item's text and checkbox state.
 */
export function listItemSource(source: string, item: ListItem): ListItemSource {
  const start = item.position?.start.offset ?? 0;
  const end = item.position?.end.offset ?? start;
  const raw = source.slice(start, end);
  const markerWidth = listMarker.exec(raw)?.[0].length ?? 0;
  const spaces = /^[ \t]*/.exec(raw.slice(markerWidth))?.[0].length ?? 0;
  const gap = spaces >= 5 ? 1 : spaces;
  const indent = start - lineStart(source, start) + markerWidth + Math.max(gap, 1);
  const body = raw.slice(markerWidth + gap);
  const text = body.includes('\n') ? body.split('\n').map((line, index) => (index === 0 ? line : dedent(line, indent))).join('\n') : body;
  if (typeof item.checked !== 'boolean') return { text: text.trim(), checked: undefined };
  return { text: text.replace(checkbox, '').trim(), checked: item.checked };
}

/** Remove up to `width` leading spaces from a line. */
function dedent(line: string, width: number): string {
  let index = 0;
  while (index < width && line[index] === ' ') index++;
  return line.slice(index);
}
