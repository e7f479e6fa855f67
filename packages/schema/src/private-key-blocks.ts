import type { TextRange } from './credential-shapes.ts';

/** The markers around a PEM private key of any kind (RSA, EC, DSA, OpenSSH, PKCS #8, encrypted, PGP). */
const keyBegin = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;
const keyEnd = /-----END ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;

/** The longest key body looked at, in characters (an RSA 8192 key is about 6,500). */
const longestKey = 20_000;

/**
 * PEM private keys of every kind, from the BEGIN marker to the matching END marker, whose body is
 * base64 once headers (`Proc-Type: …`), line breaks, indentation, `\n` escapes and quoting marks
 * are removed; a placeholder body (`...`, `<key>`) is not base64. Linear however many markers a
 * text holds: each BEGIN marker pairs with the next END marker in one pass over both.
 *
 * @param text The text.
 * @returns The ranges of the keys, in text order.
 */
export function privateKeyBlocks(text: string): TextRange[] {
  const found: TextRange[] = [];
  const ends = text.includes('PRIVATE KEY') ? [...text.matchAll(keyEnd)] : [];
  let next = 0;
  for (const begin of ends.length === 0 ? [] : text.matchAll(keyBegin)) {
    const from = begin.index + begin[0].length;
    while (next < ends.length && ends[next]!.index < from) next += 1;
    const end = ends[next];
    if (!end || end.index - from > longestKey || end[1] !== begin[1] || end[2] !== begin[2]) continue;
    const body = text.slice(from, end.index).replace(/^(?:[^\S\n\r\u2028\u2029]|>)*[A-Za-z-]+: .*$/gm, '').replace(/\\[nr]|[\s>"',]/g, '');
    if (/^[A-Za-z0-9+/]{40,}={0,2}(?:=[A-Za-z0-9+/]{4})?$/.test(body)) found.push([begin.index, end.index + end[0].length]);
  }
  return found;
}
