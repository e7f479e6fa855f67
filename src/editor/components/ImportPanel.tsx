import { useState } from 'preact/hooks';

/** Props of {@link ImportPanel}. */
interface Props {
  /** Import a spec's Markdown. */
  onImport: (markdown: string) => void;
  /** Report a file that cannot be imported. */
  onReject: (name: string) => void;
}

/** The largest file imported, in bytes. */
const maxImportBytes = 1_000_000;

/**
 * Read a dropped or chosen file as text, if it looks like Markdown.
 *
 * @param file The file.
 * @returns Its text, or `undefined` when it is not a Markdown or text file, or too large.
 */
export async function readSpecFile(file: File): Promise<string | undefined> {
  const markdownName = /\.(md|markdown|mdx|txt)$/i.test(file.name);
  const textType = file.type === '' || file.type.startsWith('text/');
  if (!markdownName || !textType || file.size > maxImportBytes) return undefined;
  return file.text();
}

/** Import an existing spec: open a file or paste its Markdown (dropping a file works on the whole form). */
export function ImportPanel({ onImport, onReject }: Props) {
  const [pasted, setPasted] = useState('');
  return (
    <details class="sm-import">
      <summary>Import an existing spec</summary>
      <p class="sm-hint">Open or drop a spec file (.md), or paste its Markdown. It replaces the form; you can undo.</p>
      <label for="sm-import-file">Open a spec file</label>
      <input
        type="file"
        id="sm-import-file"
        accept=".md,.markdown,.mdx,.txt,text/markdown,text/plain"
        onChange={async (event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          const text = await readSpecFile(file);
          if (text === undefined) onReject(file.name);
          else onImport(text);
          input.value = '';
        }}
      />
      <label for="sm-import-paste">Paste Markdown</label>
      <textarea id="sm-import-paste" rows={4} value={pasted} onInput={(event) => setPasted(event.currentTarget.value)} />
      <button
        type="button"
        disabled={pasted.trim() === ''}
        onClick={() => {
          onImport(pasted);
          setPasted('');
        }}
      >
        Import pasted Markdown
      </button>
    </details>
  );
}
