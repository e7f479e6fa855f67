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

/**
 * The key of ASCII text with General Punctuation (dashes, curly quotes, `…`: never letters or
 * digits), in one pass — most headings and items —, or `undefined` for other text.
 */
function asciiKey(text: string): string | undefined {
  let key = '';
  let space = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x2000 && code <= 0x206f) {
      space = true;
      continue;
    }
    if (code >= 128) return undefined;
    const lower = code >= 65 && code <= 90 ? code + 32 : code;
    if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
      if (space && key !== '') key += ' ';
      space = false;
      key += String.fromCharCode(lower);
    } else space = true;
  }
  return key;
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
