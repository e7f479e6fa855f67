import { knownSecretLength, secretShape } from './secret-value.ts';

/** A run of characters that are not blank, control or bidirectional formatting characters. */
const run = /[^\s\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]+/gu;
/**
 * What separates words inside a run: quotes, brackets, `,`, `;`, `|`, `=`, and `\` with the escape
 * it starts (`\n`, `\u001B`), so that text already shown safely is read the same way again.
 */
const separator = /\\(?:[nrt]|u[0-9A-F]{4})?|[`'"()<>[\]{},;|=]/g;
/** Where a credential of a well-known shape may start, even glued to other text (`key:ghp_…`). */
const knownStart = /(?:sk|rk|pk)_(?:live|test)_|whsec_|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|AKIA|ASIA|AIza|SG\.|npm_|eyJ/g;
/** Path segments. */
const segment = /[^/]+/g;
/** No credential shape is shorter than this. */
const shortest = 12;
/** Longest word searched for glued credentials (longer ones are judged whole and by segment). */
const longestGlued = 4096;

/** A range of a text, `[start, end)`. */
export type TextRange = [start: number, end: number];

/**
 * Find what looks like a secret in a text ({@link secretShape}), word by word: each run of
 * non-blank characters is cut into words at quotes, brackets, `,`, `;`, `|`, `=` and escapes. A
 * word of a well-known shape is a secret; else, from a path segment of a well-known shape, the
 * rest of the word (`specs/ghp_…`); else a credential of a well-known shape glued to it by punctuation
 * (`token:ghp_…`), up to the word's end; else the word when it has a secret's generic shape. A
 * run of a well-known shape cut by those characters (a URL whose password has a `;`) is a secret
 * too. Linear in the text's length.
 *
 * @param text The text.
 * @returns The ranges of the secrets, in order, not overlapping.
 */
export function secretRuns(text: string): TextRange[] {
  const found: TextRange[] = [];
  for (const whole of text.matchAll(run)) {
    if (whole[0].length < shortest) continue;
    const before = found.length;
    let from = 0;
    for (const cut of [...whole[0].matchAll(separator), { index: whole[0].length, 0: '' }]) {
      if (cut.index - from >= shortest) {
        const range = secretIn(whole[0].slice(from, cut.index));
        if (range) found.push([whole.index + from + range[0], whole.index + from + range[1]]);
      }
      from = cut.index + cut[0].length;
    }
    if (found.length === before && knownSecretLength(whole[0]) > 0) found.push([whole.index, whole.index + whole[0].length]);
  }
  return found;
}

/** The secret in one word, if any (see {@link secretRuns}). */
function secretIn(word: string): TextRange | undefined {
  const shape = secretShape(word);
  if (shape === 'known') return [0, word.length];
  if (word.includes('/')) {
    const first = [...word.matchAll(segment)].find((each) => each[0].length >= shortest && secretShape(each[0]) === 'known');
    if (first) return [first.index, word.length];
  }
  if (word.length <= longestGlued) {
    for (const start of word.matchAll(knownStart)) {
      // A credential starts a word or follows a character that is not a letter or digit.
      if (start.index === 0 || /[0-9A-Za-z]/.test(word[start.index - 1]!)) continue;
      if (knownSecretLength(word.slice(start.index)) > 0) return [start.index, word.length];
    }
  }
  return shape === 'generic' ? [0, word.length] : undefined;
}
