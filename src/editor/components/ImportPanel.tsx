import { useState } from 'preact/hooks';
import { readTextFile, type FileProblem } from '../draft/read-text-file.ts';

/** Props of {@link ImportPanel}. */
interface Props {
  /** Import a spec's Markdown. */
  onImport: (markdown: string) => void;
  /** Report a file that cannot be imported: its name and why. */
  onReject: (name: string, problem: FileProblem) => void;
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
          const read = await readTextFile(file);
          if (read.problem) onReject(file.name, read.problem);
          else onImport(read.text);
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
