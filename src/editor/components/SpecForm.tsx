import { slugify, type Answers, type FieldAnswer, type UnmappedContent } from '@specmark/template';
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { BuiltOutput } from '../built-output.ts';
import { formMessages } from '../form-messages.ts';
import type { FileProblem } from '../draft/read-text-file.ts';
import { isDescriptionName } from '../draft/description-file.ts';
import { useApiDescription } from '../hooks/use-api-description.ts';
import { useDraftStorage } from '../hooks/use-draft-storage.ts';
import { useSpecPreview } from '../hooks/use-spec-preview.ts';
import { useSpecWorker } from '../hooks/use-spec-worker.ts';
import type { FormTemplate } from '../model/form-template.ts';
import type { FrontmatterControl } from '../model/frontmatter-controls.ts';
import { nextToAnswer, specProgress } from '../model/progress.ts';
import { specAnswers } from '../model/spec-answers.ts';
import { previewAnchor } from '../view/follow-preview.ts';
import { focusFormPart, formPartOf, targetElementId } from '../view/form-part.ts';
import { templateRef, type FormTarget } from '../worker/worker-protocol.ts';
import { ApiDescriptionPanel } from './ApiDescriptionPanel.tsx';
import { DraftField } from './DraftField.tsx';
import { Later } from './Later.tsx';
import { ExtrasList } from './ExtrasList.tsx';
import { FrontmatterFields } from './FrontmatterFields.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { LintPanel } from './LintPanel.tsx';
import { takeMarkdownFile } from './MarkdownFileInput.tsx';
import { Notices, type Notice } from './Notices.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { ViewSwitch, type EditorView } from './ViewSwitch.tsx';

/** Props of the {@link SpecForm} island, serialisable as JSON. */
export interface SpecFormProps {
  /** The template to fill in (`toFormTemplate(template)`). */
  template: FormTemplate;
  /** Frontmatter inputs (`frontmatterControls(jsonSchema)`; default: `[]`). */
  frontmatter?: FrontmatterControl[];
  /** Whether the schema has a `title` key, written from the spec's title (default: `false`). */
  titleInFrontmatter?: boolean;
  /** The blank spec's preview and lint results, made when the site was built (default: none). */
  built?: BuiltOutput;
  /** Address of the page with the template's guidance for each field (default: none). */
  guidance?: string;
}

const blank: Answers = { fields: {} };

/**
 * The editor: one input per field of the template beside the live preview, which follows the field
 * being edited, and the checks — progress and live lint results from the preset (in a worker),
 * each linked to its field; copy, download, share link, import, and a draft saved in the browser.
 * On a wide screen the form, the checks and the preview are side by side; on a narrow one, tabs
 * switch between them. A share link lands on its draft, with focus on the first part still to
 * answer. Until it has loaded in the browser the form is shown disabled. The root has Starlight's
 * `not-content` class, so Markdown content styles leave the controls alone.
 */
export default function SpecForm({ template, frontmatter: controls = [], titleInFrontmatter = false, built, guidance }: SpecFormProps) {
  // A page built with the blank spec hydrates its fields and panels one task at a time, unless it
  // opens a share link, whose draft replaces them at once.
  const [steps] = useState(() => built !== undefined && (typeof location === 'undefined' || !/(?:^#|&)draft=/.test(location.hash)));
  const [draft, setDraft] = useState<Answers>(blank);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [unmapped, setUnmapped] = useState<UnmappedContent[]>([]);
  const [view, setView] = useState<EditorView>('form');
  const [current, setCurrent] = useState<FormTarget | undefined>(undefined);
  const storage = useDraftStorage(template, draft, setDraft, setNotice);
  const answers = useMemo(() => (storage.ready ? specAnswers(template, draft, titleInFrontmatter) : undefined), [draft, storage.ready]);
  // Whether the answers are still the blank spec the site was built with.
  const blankKey = useMemo(() => built && JSON.stringify(specAnswers(template, blank, titleInFrontmatter)), []);
  const unchanged = useMemo(() => answers === undefined || (blankKey !== undefined && JSON.stringify(answers) === blankKey), [answers]);
  const api = useApiDescription();
  const output = useSpecWorker(template, answers, built && { results: built.results, current: unchanged }, api.opened);
  const preview = useSpecPreview(template, answers, output.request, built && { ...built, current: unchanged });
  const failure = preview.error ?? output.error;
  const progress = useMemo(() => specProgress(template, answers ?? blank), [answers]);

  const goTo = (id: string) => {
    setView('form');
    requestAnimationFrame(() => focusFormPart(id));
  };
  // On a narrow screen the page scrolls: a part chosen with the tabs opens where it matters — the
  // form at the part being edited, the checks at their top (the preview follows by itself).
  const show = (next: EditorView) => {
    setView(next);
    if (next === 'preview') return;
    requestAnimationFrame(() => {
      const part = next === 'form' && current ? document.getElementById(targetElementId(current)) : undefined;
      if (part) part.scrollIntoView({ block: 'center' });
      else document.getElementById(`sm-pane-${next}`)?.scrollIntoView({ block: 'start' });
    });
  };
  // A share link lands on its draft: focus goes to the first part still to answer, in the same
  // task as the draft is shown when the form is in view.
  useLayoutEffect(() => {
    if (storage.shared === 0) return;
    const id = targetElementId(nextToAnswer(progress) ?? { kind: 'title' });
    if (view === 'form') focusFormPart(id);
    else goTo(id);
  }, [storage.shared]);

  const follow = useMemo(() => previewAnchor(template, current), [current]);

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
    const response = await output.request({ type: 'import', template: templateRef(template), markdown });
    if (response.type === 'import') replace(response.answers, formMessages.imported(response.unmapped.length), response.unmapped);
    else if (response.type === 'error') setNotice({ text: formMessages.importFailed(response.message), tone: 'error' });
  };
  const rejectFile = (name: string, problem: FileProblem) => setNotice({ text: formMessages.fileProblem(name, problem), tone: 'error' });
  const setField = (slug: string, value: FieldAnswer) => setDraft((current) => ({ ...current, fields: { ...current.fields, [slug]: value } }));

  return (
    <div
      class="sm-form sm-editor not-content"
      data-view={view}
      onKeyDown={preview.warm}
      onPointerDown={preview.warm}
      onInput={preview.warm}
      onFocusIn={(event) => {
        const part = event.target instanceof Element ? formPartOf(event.target) : undefined;
        if (part && JSON.stringify(part) !== JSON.stringify(current)) setCurrent(part);
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={async (event) => {
        const file = event.dataTransfer?.files[0];
        if (!file) return;
        event.preventDefault();
        if (isDescriptionName(file.name)) {
          api.open(file);
          return;
        }
        preview.warm();
        await takeMarkdownFile(file, { onText: (_, markdown) => importMarkdown(markdown), onReject: rejectFile });
      }}
    >
      {!storage.ready && <p class="sm-hint sm-loading">The form needs JavaScript. Without it, copy the blank template from the template’s page instead.</p>}
      <Notices notice={notice} saveProblem={storage.saveProblem} otherTab={storage.otherTab} />
      <ViewSwitch view={view} onView={show} messages={output.results?.length} />
      <div class="sm-layout">
        <div class="sm-pane sm-pane-form" id="sm-pane-form" role="tabpanel" aria-labelledby="sm-view-form">
          <fieldset class="sm-answers" disabled={!storage.ready} aria-label="Fill in the spec">
            <Toolbar
              template={template}
              draft={draft}
              markdown={preview.markdown}
              fileName={`${slugify(draft.title ?? '') || 'spec'}.md`}
              notify={setNotice}
              onStartOver={() => replace(blank, formMessages.startedOver)}
            />
            {guidance && (
              <p class="sm-hint">
                Why each field matters and what a good answer looks like: <a href={guidance}>the template’s guidance</a>.
              </p>
            )}
            <ApiDescriptionPanel api={api} template={template} draft={draft} onFill={(next, text) => replace(next, text, unmapped)} />
            <ImportPanel onImport={(markdown) => void importMarkdown(markdown)} onReject={rejectFile} />
            <Later step={steps}>
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
            </Later>
            {template.sections.map((section) => (
              <section class="sm-section" aria-labelledby={`sm-section-${section.slug}`} key={section.slug}>
                <h2 class="sm-heading" id={`sm-section-${section.slug}`} tabIndex={-1}>
                  {section.title}
                </h2>
                {section.fields.map((field) => (
                  <Later step={steps} key={field.slug}>
                    <DraftField field={field} answer={draft.fields[field.slug]} onChange={setField} />
                  </Later>
                ))}
              </section>
            ))}
            <ExtrasList
              template={template}
              extras={draft.extras ?? []}
              unmapped={unmapped}
              onRemove={(index) => setDraft((current) => ({ ...current, extras: (current.extras ?? []).filter((_, each) => each !== index) }))}
            />
          </fieldset>
        </div>
        <div class="sm-side">
          <div class="sm-pane sm-pane-checks" id="sm-pane-checks" role="tabpanel" aria-labelledby="sm-view-checks" tabIndex={0}>
            <Later step={steps}>
              <LintPanel template={template} results={output.results} pending={output.pending} progress={progress} onGo={goTo} />
            </Later>
            {failure && (
              <p role="alert" class="sm-notice sm-notice-error">
                {formMessages.workerFailed(failure)}
              </p>
            )}
          </div>
          <div class="sm-pane sm-pane-preview" id="sm-pane-preview" role="tabpanel" aria-labelledby="sm-view-preview">
            <Later step={steps}>
              <PreviewPanel markdown={preview.markdown} blocks={preview.blocks} follow={follow} revealed={view === 'preview'} />
            </Later>
          </div>
        </div>
      </div>
    </div>
  );
}
