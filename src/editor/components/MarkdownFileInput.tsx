import { readTextFile, type FileProblem } from '../draft/read-text-file.ts';

/** What is done with a Markdown file: with its text, or with why it cannot be read. */
interface MarkdownFileHandlers {
  /** A file read as text: its name and Markdown. */
  onText: (name: string, markdown: string) => void | Promise<void>;
  /** A file that cannot be read: its name and why. */
  onReject: (name: string, problem: FileProblem) => void;
}

/** Props of {@link MarkdownFileInput}. */
interface Props extends MarkdownFileHandlers {
  /** The input's id (its label names it). */
  id: string;
}

/**
 * Read a Markdown file (chosen or dropped) in the browser with `readTextFile` (UTF-8, a size
 * limit) and hand on its text, or its name and problem.
 *
 * @param file The file.
 * @param handlers What to do with its text or its problem.
 */
export async function takeMarkdownFile(file: File, { onText, onReject }: MarkdownFileHandlers): Promise<void> {
  const read = await readTextFile(file);
  if (read.problem) onReject(file.name, read.problem);
  else await onText(file.name, read.text);
}

/**
 * A file input for a Markdown file (a spec or a template), read in the browser with
 * `readTextFile` (UTF-8, a size limit); emptied after each file so the same file can be opened again.
 */
export function MarkdownFileInput({ id, onText, onReject }: Props) {
  return (
    <input
      type="file"
      id={id}
      accept=".md,.markdown,.mdx,.txt,text/markdown,text/plain"
      onChange={async (event) => {
        const input = event.currentTarget;
        const file = input.files?.[0];
        if (!file) return;
        await takeMarkdownFile(file, { onText, onReject });
        input.value = '';
      }}
    />
  );
}
