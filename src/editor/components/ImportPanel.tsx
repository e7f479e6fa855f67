import { useState } from 'preact/hooks';
import type { FileProblem } from '../draft/read-text-file.ts';
import { MarkdownFileInput } from './MarkdownFileInput.tsx';

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
      <MarkdownFileInput id="sm-import-file" onText={(_, markdown) => onImport(markdown)} onReject={onReject} />
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
