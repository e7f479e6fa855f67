import { promptsIn } from './prompt.ts';

/**
 * The fixed words of a sentence frame and its gaps: `When [API call succeeds], [outcome]` has the
 * words `When `, `, ` and `` around two gaps.
 */
export interface SentenceFrame {
  /** The words between gaps; always one more than the gaps. */
  words: string[];
  /** The bracketed prompts of the gaps, brackets included. */
  gaps: string[];
}

/**
 * Read the structure of a sentence frame from the template.
 *
 * @param frame The template item (`When [the queue is full], [what the worker does]`).
 * @returns Its words and gaps.
 */
export function readSentenceFrame(frame: string): SentenceFrame {
  const gaps = promptsIn(frame);
  const words: string[] = [];
  let rest = frame;
  for (const gap of gaps) {
    const index = rest.indexOf(gap);
    words.push(rest.slice(0, index));
    rest = rest.slice(index + gap.length);
  }
  words.push(rest);
  return { words, gaps };
}

/**
 * Fill the gaps of a sentence frame.
 *
 * @param frame The frame's structure.
 * @param fills One text per gap; a missing or empty one leaves the gap's prompt.
 * @returns The sentence.
 */
export function fillSentenceFrame(frame: SentenceFrame, fills: readonly string[]): string {
  return frame.words.map((word, index) => word + (index < frame.gaps.length ? fills[index]?.trim() || frame.gaps[index] : '')).join('');
}

/**
 * Take a sentence apart along a frame: the text in each gap.
 *
 * @param frame The frame's structure.
 * @param sentence A spec's sentence (`When the charge succeeds, the order is marked paid.`).
 * @returns One text per gap, or `undefined` when the sentence does not follow the frame's words.
 */
export function matchSentenceFrame(frame: SentenceFrame, sentence: string): string[] | undefined {
  const pattern = frame.words.map((word, index) => escape(word) + (index < frame.gaps.length ? '([\\s\\S]*?)' : '')).join('');
  const match = new RegExp('^' + pattern + '$', 'i').exec(sentence.trim());
  return match ? match.slice(1) : undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
