/** Line breaks and other control characters: C0 (tab included), DEL, C1, U+2028, U+2029. */
const control = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

/**
 * Whether a value typed for one line of a spec (its title, owner, provider) holds a line break or
 * another control character, which would end the line and start text of its own.
 *
 * @param value The value.
 * @returns `true` when it does.
 */
export function hasControlCharacter(value: string): boolean {
  return control.test(value);
}
