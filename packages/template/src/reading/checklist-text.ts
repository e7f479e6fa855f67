/** A waived checklist item: struck through, with the reason after it. */
export interface Waiver {
  /** The item's text, without the `~~` markers. */
  item: string;
  /** Why the item does not apply (default: `''`, which the linter reports). */
  reason: string;
}

/** An open question and the answer written after it. */
export interface ResolvedQuestion {
  /** The question, up to and including its first `?`. */
  question: string;
  /** What follows the question (empty while unanswered). */
  answer: string;
}

/**
 * Read a waived checklist item (`~~Do not … tokens~~ No keys: the API is public.`).
 *
 * @param text The item's text after its checkbox.
 * @returns The waiver, or `undefined` when the item is not struck through.
 */
export function readWaiver(text: string): Waiver | undefined {
  const match = /^~~(?!~)([\s\S]+?)~~(?!~)/.exec(text);
  if (!match) return undefined;
  return { item: (match[1] ?? '').trim(), reason: text.slice(match[0].length).trim() };
}

/**
 * Write a waived checklist item.
 *
 * @param waiver The item and the reason it does not apply.
 * @returns The item's text (`~~item~~ reason`).
 */
export function writeWaiver(waiver: Waiver): string {
  return waiver.reason === '' ? `~~${waiver.item}~~` : `~~${waiver.item}~~ ${waiver.reason}`;
}

/**
 * Split an open question from its answer at the first `?` that ends a word.
 *
 * @param text The item's text (`Sandbox credentials available? Yes, in 1Password.`).
 * @returns The question and the answer (the whole text and `''` when there is no `?`).
 */
export function readResolvedQuestion(text: string): ResolvedQuestion {
  const match = /\?(?=\s|$)/.exec(text);
  if (!match) return { question: text.trim(), answer: '' };
  return { question: text.slice(0, match.index + 1).trim(), answer: text.slice(match.index + 1).trim() };
}

/**
 * Write an open question followed by its answer.
 *
 * @param value The question and the answer.
 * @returns The item's text.
 */
export function writeResolvedQuestion(value: ResolvedQuestion): string {
  return value.answer === '' ? value.question : `${value.question} ${value.answer}`;
}
