import type { QuestionAnswer } from './answers.ts';

/**
 * Split the text of a `questions` item into its bold question and the answer after it.
 *
 * @param text Item text (`**What happens when …?** We retry three times.`).
 * @returns The question (empty when the item does not open with bold text) and the answer.
 */
export function readQuestion(text: string): QuestionAnswer {
  // The bold text has no `**` and does not end with `*`; the space after it is trimmed from the answer.
  const match = /^\*\*([^*\n](?:\*?[^*])*)\*\*(?:\s|$)/.exec(text);
  if (!match) return { question: '', answer: text.trim() };
  return { question: match[1] ?? '', answer: text.slice(match[0].length).trim() };
}

/**
 * Write a `questions` item: the question in bold, then the answer.
 *
 * @param value The question and its answer.
 * @returns The item's Markdown.
 */
export function writeQuestion(value: QuestionAnswer): string {
  if (value.question === '') return value.answer;
  return value.answer === '' ? `**${value.question}**` : `**${value.question}** ${value.answer}`;
}
