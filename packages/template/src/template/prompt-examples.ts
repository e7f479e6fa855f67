/** `e.g.` and the quotation mark that opens an example. */
const exampleOpening = /e\.g\.,?\s*["“]/g;
/** The text of an example, up to a closing quotation mark or the end of the line. */
const exampleText = /[^"”\n]*/y;

/**
 * Find the quoted `e.g.` examples of a template's prompt (`[one-line name — e.g., "Stripe refunds"]`),
 * as `/e\.g\.,?\s*["“]([^"”\n]+)["”]/g` finds them, in time linear in the prompt: an example left
 * open is read once, not again from each `e.g.` in it.
 *
 * @param prompt The prompt (or any text holding prompts).
 * @returns The text of each example, in order.
 */
export function promptExamples(prompt: string): string[] {
  const found: string[] = [];
  // Examples opening before the end of one left open stop where it stopped: they are open too.
  let readUpTo = -1;
  exampleOpening.lastIndex = 0;
  for (let opening = exampleOpening.exec(prompt); opening; opening = exampleOpening.exec(prompt)) {
    const from = exampleOpening.lastIndex;
    if (from < readUpTo) {
      exampleOpening.lastIndex = opening.index + 1;
      continue;
    }
    exampleText.lastIndex = from;
    const text = exampleText.exec(prompt)?.[0] ?? '';
    readUpTo = from + text.length;
    const close = prompt[readUpTo];
    if (text !== '' && (close === '"' || close === '”')) {
      found.push(text);
      exampleOpening.lastIndex = readUpTo + 1;
    } else exampleOpening.lastIndex = opening.index + 1;
  }
  return found;
}
