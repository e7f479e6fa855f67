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
const denial = /\b(?:no|not|never|without|except|excluding|nor)\b/i;

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
  const found: { environment: string; offset: number }[] = [];
  for (const [environment, words] of environmentWords) {
    for (const match of text.matchAll(words)) {
      if (denial.test(clauseBefore(text, match.index))) continue;
      found.push({ environment, offset: match.index });
      break;
    }
  }
  return found;
}

/** The text of the clause before an offset: from the last `,;:.()` before it. */
function clauseBefore(text: string, offset: number): string {
  const before = text.slice(0, offset);
  let start = 0;
  for (const end of before.matchAll(clauseEnd)) start = end.index + 1;
  return before.slice(start);
}
