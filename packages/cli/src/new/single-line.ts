/**
 * Line breaks and other control characters: C0 (tab included), DEL, C1, U+2028, U+2029, and the
 * bidirectional-text embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
 * reorder what a reader sees.
 */
const control = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/**
 * Whether a value typed for one line of a spec (its title, owner, provider) or a new file's path
 * holds a line break or another control character, which would end the line and start text of its
 * own, or drive a terminal that shows it.
 *
 * @param value The value.
 * @returns `true` when it does.
 */
export function hasControlCharacter(value: string): boolean {
  return control.test(value);
}
