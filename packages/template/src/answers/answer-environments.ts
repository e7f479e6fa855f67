/**
 * The environments an answer names, as the frontmatter's `environments` key writes them
 * (`sandbox`, `staging`, `production`: the values of `@specmark/schema`'s `environments`).
 */

/** The words that name each environment. */
const environmentWords: readonly (readonly [string, RegExp])[] = [
  ['sandbox', /\bsandbox(?:es)?\b|\btest\s+mode\b|\btest\s+environments?\b|\bdevelopment\s+(?:store|account|environment)s?\b/gi],
  ['staging', /\bstaging\b/gi],
  ['production', /\bproduction\b|\blive\s+mode\b/gi],
];

/** A word that denies what follows it in the same clause (“no sandbox”, “not in production”). */
const denial = /\b(?:no|not|never|without|except|excluding|nor)\b/gi;

/** What ends a clause. */
const clauseEnd = /[,;:.()]/g;

/**
 * The environments a text names as covered: a name denied in its clause (“production only, no
 * sandbox”) does not count.
 *
 * @param text An answer, Markdown or plain.
 * @returns The environments with the offset of their first mention, in the order of the frontmatter's allowed values.
 */
export function answerEnvironments(text: string): { environment: string; offset: number }[] {
  // Denials are looked for once a name is found.
  let denied: ((offset: number) => boolean) | undefined;
  const found: { environment: string; offset: number }[] = [];
  for (const [environment, words] of environmentWords) {
    for (const match of text.matchAll(words)) {
      if ((denied ??= deniedFrom(text))(match.index)) continue;
      found.push({ environment, offset: match.index });
      break;
    }
  }
  return found;
}

/**
 * Whether an offset of a text stands after a denial in its clause, in time linear in the text: the
 * clause ends and denials are found once, and each question is a search in them.
 */
function deniedFrom(text: string): (offset: number) => boolean {
  const ends = [...text.matchAll(clauseEnd)].map((match) => match.index);
  const denials = [...text.matchAll(denial)].map((match) => match.index);
  return (offset) => {
    const lastDenial = lastBefore(denials, offset);
    return lastDenial !== -1 && lastDenial > lastBefore(ends, offset);
  };
}

/** The last number of a sorted list below a limit, or `-1`. */
function lastBefore(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? -1 : sorted[low - 1]!;
}
