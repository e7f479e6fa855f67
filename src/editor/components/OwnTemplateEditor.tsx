import { formMessages } from '../form-messages.ts';
import type { FileProblem } from '../draft/read-text-file.ts';
import { useOwnTemplate } from '../hooks/use-own-template.ts';
import { takeMarkdownFile } from './MarkdownFileInput.tsx';
import { Notices } from './Notices.tsx';
import SpecForm, { type SpecFormProps } from './SpecForm.tsx';
import { TemplatePicker } from './TemplatePicker.tsx';
import { TemplateProblems } from './TemplateProblems.tsx';

/** Props of the {@link OwnTemplateEditor} island, serialisable as JSON: the form's frontmatter side. */
export type OwnTemplateEditorProps = Pick<SpecFormProps, 'frontmatter' | 'titleInFrontmatter'>;

/**
 * The editor for a team's own template: open the template's Markdown (file, drop or paste), see its
 * problems at their lines if it cannot be read, else fill it in with the same editor as the
 * built-in templates — form, preview, checks with that template, autosave, download and share link.
 */
export default function OwnTemplateEditor({ frontmatter = [], titleInFrontmatter = false }: OwnTemplateEditorProps) {
  const own = useOwnTemplate();
  const template = own.template;
  const rejectFile = (name: string, problem: FileProblem) => own.notify({ text: formMessages.fileProblem(name, problem), tone: 'error' });
  if (template?.file) {
    return (
      <div class="sm-own">
        <div class="sm-template-bar not-content">
          <Notices notice={own.notice} saveProblem={undefined} otherTab={undefined} />
          <p>
            Template: <strong>{template.title}</strong>, version {template.version} (<code>{template.id}</code>), from <code>{template.file.name}</code>.{' '}
            <button type="button" onClick={own.close}>
              Open another template
            </button>
          </p>
        </div>
        <SpecForm template={template} frontmatter={frontmatter} titleInFrontmatter={titleInFrontmatter} key={own.opened} />
      </div>
    );
  }
  return (
    <div
      class="sm-form sm-own not-content"
      onDragOver={(event) => event.preventDefault()}
      onDrop={async (event) => {
        const file = event.dataTransfer?.files[0];
        if (!file) return;
        event.preventDefault();
        await takeMarkdownFile(file, { onText: (name, markdown) => own.open({ name, markdown }), onReject: rejectFile });
      }}
    >
      {!own.ready && <p class="sm-hint sm-loading">Opening the editor… It needs JavaScript; without it, use the command line’s <code>specmark new</code>.</p>}
      <Notices notice={own.notice} saveProblem={undefined} otherTab={undefined} />
      {own.refused && <TemplateProblems refused={own.refused} />}
      <fieldset class="sm-own-picker" disabled={!own.ready || own.reading} aria-label="Open a template">
        <TemplatePicker onOpen={own.open} onReject={rejectFile} busy={own.reading} />
      </fieldset>
    </div>
  );
}
