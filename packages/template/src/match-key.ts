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
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
