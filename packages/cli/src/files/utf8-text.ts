import { isUtf8 } from 'node:buffer';
import type { FileProblem } from './file-problem.ts';

/**
 * The length of the UTF-8 sequence that starts at `index`, or `0` when the bytes there are not
 * UTF-8 (a stray continuation byte, an overlong form, a surrogate, a code point past U+10FFFF, or
 * a sequence cut short).
 */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index]!;
  if (first < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (first >= 0xc2 && first <= 0xdf) length = 2;
  else if (first >= 0xe0 && first <= 0xef) {
    length = 3;
    if (first === 0xe0) low = 0xa0;
    if (first === 0xed) high = 0x9f;
  } else if (first >= 0xf0 && first <= 0xf4) {
    length = 4;
    if (first === 0xf0) low = 0x90;
    if (first === 0xf4) high = 0x8f;
  } else return 0;
  for (let offset = 1; offset < length; offset++) {
    const byte = bytes[index + offset];
    if (byte === undefined || byte < (offset === 1 ? low : 0x80) || byte > (offset === 1 ? high : 0xbf)) return 0;
  }
  return length;
}

/**
 * Decode a file's bytes as UTF-8, exactly: a byte-order mark is kept, and nothing is replaced.
 * Bytes that are not UTF-8 are not decoded at all: the first of them is named with its place, so
 * that no U+FFFD replaces what the file holds.
 *
 * @param bytes The file's bytes.
 * @returns `{ text }`, or `{ problem }` (`not-utf8`: the byte, its 1-based line and column, the
 *   column counted in UTF-16 code units as lint messages count it, without a byte-order mark).
 */
export function decodeUtf8(bytes: Buffer): { text: string; problem?: undefined } | { text?: undefined; problem: FileProblem } {
  if (isUtf8(bytes)) return { text: bytes.toString('utf8') };
  let index = 0;
  let lineStart = 0;
  let line = 1;
  for (;;) {
    const length = sequenceLength(bytes, index);
    if (length === 0) break;
    // Lines end at LF, CRLF or a lone CR, as lint messages count them.
    if (bytes[index] === 0x0a || (bytes[index] === 0x0d && bytes[index + 1] !== 0x0a)) {
      line++;
      lineStart = index + 1;
    }
    index += length;
  }
  const before = bytes.subarray(lineStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : lineStart, index).toString('utf8');
  return { problem: { code: 'not-utf8', params: { byte: bytes[index]!, line, column: before.length + 1 } } };
}

/**
 * Decode bytes that may not be UTF-8 — a file name — for showing: valid sequences as text, each
 * other byte as `\xHH` (`caf\xE9.md`).
 *
 * @param bytes The bytes.
 * @returns The text.
 */
export function escapedUtf8(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let text = '';
  let start = 0;
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length > 0) {
      index += length;
      continue;
    }
    text += bytes.subarray(start, index).toString('utf8') + `\\x${bytes[index]!.toString(16).toUpperCase().padStart(2, '0')}`;
    index += 1;
    start = index;
  }
  return text + bytes.subarray(start).toString('utf8');
}
