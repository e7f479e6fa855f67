/** Matches one bracketed prompt: `[` then text without brackets then `]`. */
const bracketedPrompt = /\[[^[\]\n]+\]/g;

/**
 * Tell whether a text is, as a whole, one bracketed prompt (`[Which queues it reads]`).
 *
 * @param text Item or paragraph text.
 * @returns `true` when the text is one prompt.
 */
export function isPrompt(text: string): boolean {
  const trimmed = text.trim();
  return /^\[[^[\]\n]+\]$/.test(trimmed);
}

/**
 * List the bracketed prompts in a text, such as the gaps of a sentence frame.
 *
 * @param text Text that may contain prompts (`When [the queue is full], [what the worker does]`).
 * @returns Each prompt with its brackets, in order.
 */
export function promptsIn(text: string): string[] {
  return text.match(bracketedPrompt) ?? [];
}
