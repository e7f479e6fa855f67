import type { TextRange } from './credential-shapes.ts';
import { findCredentials } from './find-credentials.ts';
import { hasKeyShape } from './secret-value.ts';

/** A run of characters that are not blank, control or bidirectional formatting characters. */
const run = /[^\s\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]+/gu;
/**
 * What separates words inside a run: quotes, brackets, `,`, `;`, `|`, `=`, and `\` with the escape
 * it starts (`\n`, `\u001B`), so that text already shown safely is read the same way again.
 */
const separator = /\\(?:[nrt]|u[0-9A-F]{4})?|[`'"()<>[\]{},;|=]/g;
/** No key shape is shorter than this. */
const shortest = 20;

/**
 * Find what looks like a secret in a text: every credential of the credential table
 * ({@link findCredentials}: the shapes `no-secrets` reports, found in the whole text, so that
 * `Authorization: Bearer …`, `token=…` and URLs with a password are found as well as tokens glued
 * to other text), and every other word with a key's shape ({@link hasKeyShape}), where words are
 * the runs of non-blank characters cut at quotes, brackets, `,`, `;`, `|`, `=` and escapes. A word
 * that holds a credential of the table keeps the rest of its text (`specs/ghp_….md`). Linear in
 * the text's length.
 *
 * @param text The text.
 * @returns The ranges of the secrets, in no particular order; they may overlap.
 */
export function secretRuns(text: string): TextRange[] {
  const credentials: TextRange[] = findCredentials(text).map(({ start, end }) => [start, end]);
  const found: TextRange[] = [];
  let next = 0;
  for (const whole of text.matchAll(run)) {
    if (whole[0].length < shortest) continue;
    let from = 0;
    for (const cut of [...whole[0].matchAll(separator), { index: whole[0].length, 0: '' }]) {
      const [start, end] = [whole.index + from, whole.index + cut.index];
      // Credentials are in text order, and so are words: skip those that end before this word.
      while (next < credentials.length && credentials[next]![1] <= start) found.push(credentials[next++]!);
      const holdsCredential = next < credentials.length && credentials[next]![0] < end;
      if (end - start >= shortest && !holdsCredential && hasKeyShape(text.slice(start, end))) found.push([start, end]);
      from = cut.index + cut[0].length;
    }
  }
  return [...found, ...credentials.slice(next)];
}
