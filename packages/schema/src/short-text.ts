import { shownText } from './shown-text.ts';

/**
 * Text quoted in a message, shortened: secret-looking runs are redacted first (so that no part of
 * one survives the cut), then the text is cut to `max` characters — whole code points, so an
 * emoji is never split — ending with `…`. Control characters are kept: the message's reporter
 * escapes them.
 *
 * @param text The text.
 * @param max Longest result, in characters (default: `60`).
 * @returns The redacted text, cut with `…` when longer.
 */
export function shortText(text: string, max = 60): string {
  const characters = [...shownText(text, { keepControls: true })];
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : characters.join('');
}
