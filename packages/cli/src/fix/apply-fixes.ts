import type { SpecFix } from './spec-fix.ts';

/**
 * Apply fixes to a spec's original bytes. Offsets of the fixes count in the source with `\n` line
 * endings and no BOM; they are mapped back to the original, and inserted text takes the
 * original's line ending, so every byte outside the fixed places stays as it was.
 *
 * @param original The spec as read from disk (a BOM, CRLF or lone CR line endings are kept).
 * @param fixes Edits from {@link planFixes}; several may share an offset (restored items first, then in list order).
 * @returns The fixed text.
 */
export function applyFixes(original: string, fixes: readonly SpecFix[]): string {
  if (fixes.length === 0) return original;
  const toOriginal = offsetMap(original);
  const eol = /\r\n|\n|\r/.exec(original)?.[0] ?? '\n';
  // Where a restored item and an added section or field meet (the list that ends a field), the
  // item goes first: it belongs to the list, the new heading comes after it.
  const rank = (fix: SpecFix): number => (fix.code === 'item-restored' ? 0 : 1);
  const ordered = fixes.map((fix, index) => ({ fix, index })).sort((a, b) => a.fix.offset - b.fix.offset || rank(a.fix) - rank(b.fix) || a.index - b.index);
  let output = '';
  let cursor = 0;
  for (const { fix } of ordered) {
    const start = toOriginal(fix.offset);
    const end = toOriginal(fix.offset + fix.remove);
    output += original.slice(cursor, start) + fix.insert.replace(/\n/g, eol);
    cursor = Math.max(cursor, end);
  }
  return output + original.slice(cursor);
}

/** Map offsets in the normalised text (no BOM, `\n` only) to offsets in the original. */
function offsetMap(original: string): (offset: number) => number {
  const bom = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!original.includes('\r')) return (offset) => offset + bom;
  const starts: number[] = [];
  for (let index = bom; index < original.length; index++) {
    starts.push(index);
    if (original[index] === '\r' && original[index + 1] === '\n') index++;
  }
  return (offset) => starts[offset] ?? original.length;
}
