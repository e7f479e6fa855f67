import { fillSentenceFrame, matchSentenceFrame, readSentenceFrame, type SentenceFrame } from '@specmark/template';
import type { FormTemplateField } from './form-template.ts';

/**
 * The frame a row of a `sentence-frames` field follows: the template's frame at the same
 * position (the last one for rows added after them), unless the sentence leaves more of another
 * frame's gaps showing their prompts — a sentence such as `When \`POST /x\` returns 409,
 * [how the system responds]` follows the error frame wherever it stands.
 *
 * @param field The field.
 * @param index The row.
 * @param sentence The row's sentence (default: none: the frame at the row's position).
 * @returns The frame's words and gaps.
 */
export function rowFrame(field: FormTemplateField, index: number, sentence?: string): SentenceFrame {
  const at = Math.min(index, field.items.length - 1);
  let best = readSentenceFrame(field.items[at]?.text ?? '');
  if (sentence === undefined || best.gaps.length === 0) return best;
  let bestLeft = promptsLeft(best, sentence);
  field.items.forEach((item, each) => {
    if (each === at) return;
    const frame = readSentenceFrame(item.text);
    const left = promptsLeft(frame, sentence);
    if (left > bestLeft) {
      best = frame;
      bestLeft = left;
    }
  });
  return best;
}

/** How many of a frame's gaps a sentence leaves showing their prompts (`0` when it does not follow the frame). */
function promptsLeft(frame: SentenceFrame, sentence: string): number {
  if (frame.gaps.length === 0) return 0;
  return matchSentenceFrame(frame, sentence)?.filter((fill, index) => fill === frame.gaps[index]).length ?? 0;
}

/**
 * What the person wrote in each gap of a sentence; a gap that still shows its prompt is empty.
 *
 * @param frame The row's frame.
 * @param sentence The sentence.
 * @returns One text per gap, or `undefined` when the sentence does not follow the frame (it is
 *   then edited as free text).
 */
export function sentenceFills(frame: SentenceFrame, sentence: string): string[] | undefined {
  if (frame.gaps.length === 0) return undefined;
  const fills = matchSentenceFrame(frame, sentence);
  return fills?.map((fill, index) => (fill === frame.gaps[index] ? '' : fill));
}

/**
 * Write a sentence from the texts of its gaps.
 *
 * @param frame The row's frame.
 * @param fills One text per gap.
 * @returns The sentence; empty gaps show their prompts.
 */
export function writeSentence(frame: SentenceFrame, fills: readonly string[]): string {
  return fillSentenceFrame(frame, fills);
}

/**
 * Tell whether a sentence has nothing filled in.
 *
 * @param frame The row's frame.
 * @param sentence The sentence.
 * @returns `true` when every gap still shows its prompt, or the sentence is blank.
 */
export function isUnfilledSentence(frame: SentenceFrame, sentence: string): boolean {
  if (sentence.trim() === '') return true;
  const fills = sentenceFills(frame, sentence);
  return fills !== undefined && fills.every((fill) => fill.trim() === '');
}
