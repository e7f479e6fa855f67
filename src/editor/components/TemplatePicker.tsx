import { useState } from 'preact/hooks';
import type { FileProblem } from '../draft/read-text-file.ts';
import type { TemplateFile } from '../model/form-template.ts';
import { MarkdownFileInput } from './MarkdownFileInput.tsx';

/** Props of {@link TemplatePicker}. */
interface Props {
  /** Open a template file. */
  onOpen: (file: TemplateFile) => void;
  /** Report a file that cannot be read: its name and why. */
  onReject: (name: string, problem: FileProblem) => void;
  /** Whether a template is being read. */
  busy: boolean;
}

/** The name given to a template pasted rather than opened from a file. */
export const pastedTemplateName = 'pasted-template.md';

/**
 * Open a team's template: choose its Markdown file, drop it on the page, or paste it. The template
 * is read in the browser and never sent anywhere.
 */
export function TemplatePicker({ onOpen, onReject, busy }: Props) {
  const [pasted, setPasted] = useState('');
  return (
    <section class="sm-template-picker" aria-labelledby="sm-template-title" aria-busy={busy}>
      <h2 class="sm-heading" id="sm-template-title">
        Open your team’s template
      </h2>
      <p class="sm-hint">
        A template is Markdown: frontmatter with its <code>id</code> and <code>version</code>, a <code>#</code> heading with the prompt for the spec’s title, <code>##</code> sections and{' '}
        <code>###</code> fields. It is read here, in your browser, and never sent anywhere.
      </p>
      <label for="sm-template-file">Open a template file (.md), or drop it on this page</label>
      <MarkdownFileInput id="sm-template-file" onText={(name, markdown) => onOpen({ name, markdown })} onReject={onReject} />
      <label for="sm-template-paste">Or paste the template’s Markdown</label>
      <textarea id="sm-template-paste" rows={6} value={pasted} onInput={(event) => setPasted(event.currentTarget.value)} />
      <button type="button" disabled={pasted.trim() === '' || busy} onClick={() => onOpen({ name: pastedTemplateName, markdown: pasted })}>
        Use the pasted template
      </button>
    </section>
  );
}
