/**
 * Width of the list marker at an index (`-`, `*`, `+`, `1.`, `1)` followed by a space, a tab or
 * the end of the line), else 0.
 *
 * @param text Markdown source.
 * @param index Where the marker would start.
 * @param lineEnd Where the line ends (its line ending's offset, or the text's length).
 * @returns The marker's width in characters, or 0 when there is no marker.
 */
export function markerWidth(text: string, index: number, lineEnd: number): number {
  const char = text[index]!;
  let end = index;
  if (char === '-' || char === '*' || char === '+') end = index + 1;
  else {
    while (end < lineEnd && end - index < 9 && text[end]! >= '0' && text[end]! <= '9') end++;
    if (end === index || (text[end] !== '.' && text[end] !== ')')) return 0;
    end++;
  }
  return end >= lineEnd || text[end] === ' ' || text[end] === '\t' ? end - index : 0;
}
