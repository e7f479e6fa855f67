import { isPrompt } from './prompt.ts';
import { promptExamples } from './prompt-examples.ts';

/** What a template's bracketed prompt tells the person answering it. */
export interface PromptHint {
  /** The prompt without its brackets (`one-line name — e.g., "Stripe refunds"`): a placeholder. */
  text: string;
  /** What it asks, without its examples (`one-line name`); `''` when it only gives examples. */
  asks: string;
  /** Its quoted `e.g.` examples (`Stripe refunds`), as the lint rule that spots copied examples reads them. */
  examples: string[];
}

/** Characters a hint does not end with, before its example (`one-line name — e.g., …`). */
const hintEnd = new Set([' ', '\t', '—', '–', '-', ':', ',']);

/**
 * Read a prompt of the template as a hint: `[one-line name — e.g., "Stripe refunds"]` asks for a
 * `one-line name` and gives the example `Stripe refunds`. The editor's placeholders, the MCP
 * template guide and the site's template page all read prompts through it.
 *
 * @param prompt One bracketed prompt (`[Which queue it reads]`), or any text, read as it is.
 * @returns The hint: the text inside the brackets, what it asks and its examples.
 */
export function readPromptHint(prompt: string): PromptHint {
  const trimmed = prompt.trim();
  const text = isPrompt(trimmed) ? trimmed.slice(1, -1).trim() : trimmed;
  const at = text.indexOf('e.g.');
  if (at === -1) return { text, asks: text, examples: [] };
  let end = at;
  while (end > 0 && hintEnd.has(text[end - 1]!)) end--;
  return { text, asks: text.slice(0, end), examples: promptExamples(text) };
}
