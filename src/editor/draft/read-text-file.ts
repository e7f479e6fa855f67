/** The largest file the editor reads, in bytes. */
export const maxFileBytes = 1_000_000;

/** Why a file could not be read as Markdown. Wording lives in `form-messages.ts`. */
export type FileProblem =
  /** Not a Markdown or text file, by its name or type. */
  | 'not-markdown'
  /** Larger than {@link maxFileBytes}. */
  | 'too-large'
  /** Its bytes are not UTF-8 text. */
  | 'not-utf8';

/**
 * Read a chosen or dropped file as Markdown text: a `.md`, `.markdown`, `.mdx` or `.txt` file of
 * a text type, at most {@link maxFileBytes}, in UTF-8 (a byte order mark is dropped). Bytes that
 * are not UTF-8 are refused rather than replaced, so nothing is silently changed.
 *
 * @param file The file.
 * @returns Its text, or why it cannot be read.
 */
export async function readTextFile(file: File): Promise<{ text: string; problem?: undefined } | { problem: FileProblem; text?: undefined }> {
  const markdownName = /\.(md|markdown|mdx|txt)$/i.test(file.name);
  const textType = file.type === '' || file.type.startsWith('text/');
  if (!markdownName || !textType) return { problem: 'not-markdown' };
  if (file.size > maxFileBytes) return { problem: 'too-large' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()) };
  } catch {
    return { problem: 'not-utf8' };
  }
}
