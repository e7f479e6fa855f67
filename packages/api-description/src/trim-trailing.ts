/**
 * Text without a run of given characters at its end (`/v2/charges.` → `/v2/charges`), in linear
 * time whatever the text (a regular expression such as `/[.:]+$/` is quadratic on long runs).
 *
 * @param text The text.
 * @param characters The characters to remove from its end.
 * @returns The text without them.
 */
export function trimTrailing(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
