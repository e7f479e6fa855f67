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
  // Word by word from the left, each at its first place after the previous one: what a lazy
  // `^word([^]*?)word…$` pattern matches, in linear time (such a pattern backtracks polynomially).
  const text = sentence.trim();
  const folded = fold(text);
  const words = foldedWords(frame);
  const last = words.length - 1;
  if (!folded.startsWith(words[0]!)) return undefined;
  let position = words[0]!.length;
  const starts: number[] = [];
  for (let index = 1; index < last; index++) {
    const at = folded.indexOf(words[index]!, position);
    if (at === -1) return undefined;
    starts.push(position, at);
    position = at + words[index]!.length;
  }
  if (last > 0) {
    const at = folded.length - words[last]!.length;
    if (at < position || !folded.endsWith(words[last]!)) return undefined;
    starts.push(position, at);
  } else if (folded.length !== position) return undefined;
  const gaps: string[] = [];
  for (let index = 0; index < starts.length; index += 2) gaps.push(text.slice(starts[index], starts[index + 1]));
  return gaps;
}

const ascii = /^[\x00-\x7f]*$/;

/** Each frame's words, case-folded once: a frame is matched against every item of its field. */
const foldedFrames = new WeakMap<SentenceFrame, string[]>();

/** A frame's words, case-folded. */
function foldedWords(frame: SentenceFrame): string[] {
  let words = foldedFrames.get(frame);
  if (!words) {
    words = frame.words.map(fold);
    foldedFrames.set(frame, words);
  }
  return words;
}

/** A run of ASCII characters, or one other character. */
const asciiRunOrCharacter = /[\x00-\x7f]+|[^\x00-\x7f]/gu;

/** Case-fold text one character at a time, as a case-insensitive regular expression compares characters. */
function fold(text: string): string {
  // ASCII letters keep their length in upper case: the whole text at once, or each run of them.
  if (ascii.test(text)) return text.toUpperCase();
  return text.replace(asciiRunOrCharacter, (run) => {
    const upper = run.toUpperCase();
    return upper.length === run.length ? upper : run;
  });
}
