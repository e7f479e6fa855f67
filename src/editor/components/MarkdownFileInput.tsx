import { readTextFile, type FileProblem } from '../draft/read-text-file.ts';

/** Props of {@link MarkdownFileInput}. */
interface Props {
  /** The input's id (its label names it). */
  id: string;
  /** A file read as text: its name and Markdown. */
  onText: (name: string, markdown: string) => void;
  /** A file that cannot be read: its name and why. */
  onReject: (name: string, problem: FileProblem) => void;
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
        const read = await readTextFile(file);
        if (read.problem) onReject(file.name, read.problem);
        else onText(file.name, read.text);
        input.value = '';
      }}
    />
  );
}
