/**
 * The one normaliser that decides whether what a spec wrote is what the template asks for: a
 * heading and a section or field title, a checklist item and a guardrail, a bold question and a
 * template question. Case, accents, Markdown marks (`**`, `_`, `` ` ``), punctuation (a trailing
 * period included) and how the text is wrapped or spaced do not matter; words and their order do.
 *
 * @param text Heading text, item text or question, as written (Markdown allowed).
 * @returns Lower-case words of letters and digits, separated by single spaces (`do not log payloads`).
 */
export function matchKey(text: string): string {
  return asciiKey(text) ?? unicodeKey(text);
}

/** A character that is neither ASCII nor General Punctuation (dashes, curly quotes, `…`). */
const notAscii = /[^\x00-\x7f\u2000-\u206f]/;
/** A run of characters that are not ASCII letters or digits. */
const nonWord = /[^a-z0-9]+/g;

/**
 * Whether {@link matchKey} reads a text as ASCII with General Punctuation (never letters or
 * digits, with no case): its words are then its runs of ASCII letters and digits, in lower case.
 *
 * @param text Any text.
 * @returns `true` when the text has no other characters.
 */
export function hasAsciiKey(text: string): boolean {
  return !notAscii.test(text);
}

/**
 * The key of ASCII text with General Punctuation, in two passes — most headings and items —, or
 * `undefined` for other text.
 */
function asciiKey(text: string): string | undefined {
  if (!hasAsciiKey(text)) return undefined;
  return text.toLowerCase().replace(nonWord, ' ').trim();
}

/** The key of any text: accents removed, letters and digits of every script kept. */
function unicodeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
