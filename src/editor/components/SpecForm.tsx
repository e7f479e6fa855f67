import { slugify, type Answers, type FieldAnswer, type UnmappedContent } from '@specmark/template';
import { useMemo, useState } from 'preact/hooks';
import { formMessages } from '../form-messages.ts';
import type { FormTemplate } from '../model/form-template.ts';
import type { FrontmatterControl } from '../model/frontmatter-controls.ts';
import { specProgress } from '../model/progress.ts';
import { specAnswers } from '../model/spec-answers.ts';
import { DraftField } from './DraftField.tsx';
import { ExtrasList } from './ExtrasList.tsx';
import { FrontmatterFields } from './FrontmatterFields.tsx';
import { ImportPanel, readSpecFile } from './ImportPanel.tsx';
import { LintPanel } from './LintPanel.tsx';
import { Notices, type Notice } from './Notices.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useDraftStorage } from '../hooks/use-draft-storage.ts';
import { useSpecPreview } from '../hooks/use-spec-preview.ts';
import { useSpecWorker } from '../hooks/use-spec-worker.ts';

/** Props of the {@link SpecForm} island, serialisable as JSON. */
export interface SpecFormProps {
  /** The template to fill in (`toFormTemplate(template)`). */
  template: FormTemplate;
  /** Frontmatter inputs (`frontmatterControls(jsonSchema)`; default: `[]`). */
  frontmatter?: FrontmatterControl[];
  /** Whether the schema has a `title` key, written from the spec's title (default: `false`). */
  titleInFrontmatter?: boolean;
}

const blank: Answers = { fields: {} };

/**
 * The fill-in form: one input per field of the template, a live preview, live lint results from
 * the preset (in a worker), copy, download, share link, import, and a draft saved in the browser.
 * Until it has loaded in the browser the form is shown disabled. Its headings are ARIA headings
 * (level 3), so they stay out of the page's Markdown outline and table of contents; the root has
 * Starlight's `not-content` class, so Markdown content styles leave the controls alone.
 */
export default function SpecForm({ template, frontmatter: controls = [], titleInFrontmatter = false }: SpecFormProps) {
  const [draft, setDraft] = useState<Answers>(blank);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [unmapped, setUnmapped] = useState<UnmappedContent[]>([]);
  const storage = useDraftStorage(template, draft, setDraft, setNotice);
  const answers = useMemo(() => (storage.ready ? specAnswers(template, draft, titleInFrontmatter) : undefined), [draft, storage.ready]);
  const output = useSpecWorker(template.id, answers);
  const preview = useSpecPreview(template, answers, output.request);
  const failure = preview.error ?? output.error;
  const progress = useMemo(() => specProgress(template, answers ?? blank), [answers]);

  const replace = (next: Answers, text: string, found: UnmappedContent[] = []) => {
    const previous = draft;
    const previousUnmapped = unmapped;
    setDraft(next);
    setUnmapped(found);
    setNotice({
      text,
      tone: 'info',
      action: {
        label: 'Undo',
        run: () => {
          setDraft(previous);
          setUnmapped(previousUnmapped);
          setNotice({ text: formMessages.undone, tone: 'info' });
        },
      },
    });
  };
  const importMarkdown = async (markdown: string) => {
    const response = await output.request({ type: 'import', templateId: template.id, markdown });
    if (response.type === 'import') replace(response.answers, formMessages.imported(response.unmapped.length), response.unmapped);
    else if (response.type === 'error') setNotice({ text: formMessages.importFailed(response.message), tone: 'error' });
  };
  const setField = (slug: string, value: FieldAnswer) => setDraft((current) => ({ ...current, fields: { ...current.fields, [slug]: value } }));

  return (
    <div
      class="sm-form not-content"
      onDragOver={(event) => event.preventDefault()}
      onDrop={async (event) => {
        const file = event.dataTransfer?.files[0];
        if (!file) return;
        event.preventDefault();
        const text = await readSpecFile(file);
        if (text === undefined) setNotice({ text: formMessages.importNotText(file.name), tone: 'error' });
        else await importMarkdown(text);
      }}
    >
      {!storage.ready && <p class="sm-hint sm-loading">The form needs JavaScript. Without it, copy the blank template instead.</p>}
      <Notices notice={notice} saveProblem={storage.saveProblem} otherTab={storage.otherTab} />
      <fieldset class="sm-layout" disabled={!storage.ready} aria-label="Fill in the spec">
        <div class="sm-inputs">
          <Toolbar
            template={template}
            draft={draft}
            markdown={preview.markdown}
            fileName={`${slugify(draft.title ?? '') || 'spec'}.md`}
            notify={setNotice}
            onStartOver={() => replace(blank, formMessages.startedOver)}
          />
          <ImportPanel onImport={(markdown) => void importMarkdown(markdown)} onReject={(name) => setNotice({ text: formMessages.importNotText(name), tone: 'error' })} />
          <FrontmatterFields
            title={draft.title ?? ''}
            titlePrompt={template.titlePrompt}
            controls={controls}
            values={draft.frontmatter ?? {}}
            onTitle={(title) => setDraft((current) => ({ ...current, title }))}
            onValue={(key, value) =>
              setDraft((current) => {
                const frontmatter = { ...current.frontmatter };
                if (value === undefined) delete frontmatter[key];
                else frontmatter[key] = value;
                return { ...current, frontmatter };
              })
            }
          />
          {template.sections.map((section) => (
            <section class="sm-section" aria-labelledby={`sm-section-${section.slug}`} key={section.slug}>
              <div role="heading" aria-level={3} class="sm-heading" id={`sm-section-${section.slug}`} tabIndex={-1}>
                {section.title}
              </div>
              {section.fields.map((field) => (
                <DraftField field={field} answer={draft.fields[field.slug]} onChange={setField} key={field.slug} />
              ))}
            </section>
          ))}
          <ExtrasList
            template={template}
            extras={draft.extras ?? []}
            unmapped={unmapped}
            onRemove={(index) => setDraft((current) => ({ ...current, extras: (current.extras ?? []).filter((_, each) => each !== index) }))}
          />
        </div>
        <div class="sm-outputs">
          <LintPanel template={template} results={output.results} progress={progress} />
          {failure && (
            <p role="alert" class="sm-notice sm-notice-error">
              {formMessages.workerFailed(failure)}
            </p>
          )}
          <PreviewPanel markdown={preview.markdown} blocks={preview.blocks} />
        </div>
      </fieldset>
    </div>
  );
}
