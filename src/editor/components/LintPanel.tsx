import { formMessages } from '../form-messages.ts';
import { formFields, type FormTemplate } from '../model/form-template.ts';
import { nextToAnswer, type Progress } from '../model/progress.ts';
import { targetElementId } from '../view/form-part.ts';
import type { FormTarget, LintResult } from '../worker/worker-protocol.ts';

/** Props of {@link LintPanel}. */
interface Props {
  /** The form template, for field names. */
  template: FormTemplate;
  /** The latest lint results, or `undefined` before the first lint. */
  results: LintResult[] | undefined;
  /** Whether newer answers are being checked (the results are kept meanwhile; default: `false`). */
  pending?: boolean;
  /** How complete the spec is. */
  progress: Progress;
  /** Go to a part of the form: called with its element id when a link to it is followed. */
  onGo: (id: string) => void;
}

/** Site origin whose links are made relative, so they work wherever the site is served. */
const siteOrigin = 'https://specmark.dev';

/** Name of the part of the form a target is. */
function targetName(template: FormTemplate, target: FormTarget): string {
  switch (target.kind) {
    case 'title':
      return 'Title';
    case 'frontmatter':
      return target.key ? `Frontmatter \`${target.key}\`` : 'Frontmatter';
    case 'section':
      return template.sections.find((section) => section.slug === target.slug)?.title ?? target.slug;
    case 'field':
      return formFields(template).find((field) => field.slug === target.slug)?.title ?? target.slug;
  }
}

/** A link to a part of the form that moves focus there. */
function PartLink({ id, onGo, children }: { id: string; onGo: (id: string) => void; children: string }) {
  return (
    <a
      href={`#${id}`}
      onClick={(event) => {
        event.preventDefault();
        onGo(id);
      }}
    >
      {children}
    </a>
  );
}

/** The panel's summary sentence. */
function summaryOf(results: LintResult[] | undefined, pending: boolean): string {
  if (results === undefined) return formMessages.lintFirst;
  if (pending) return formMessages.lintRunning(results.length);
  if (results.length === 0) return formMessages.lintPassed;
  return formMessages.lintCount(results.length, results.filter((result) => result.fatal === true).length);
}

/**
 * The checks: progress (title and fields answered, guardrails kept, the next part to answer) and
 * the lint results from the preset, each linked to its part of the form, announced politely. While
 * newer answers are being checked the panel is busy and says so: the results it still lists are
 * marked as about an earlier version, never shown as current.
 */
export function LintPanel({ template, results, pending = false, progress, onGo }: Props) {
  const summary = summaryOf(results, pending);
  const nextPart = nextToAnswer(progress);
  const next = nextPart && { id: targetElementId(nextPart), title: targetName(template, nextPart) };
  return (
    <section class="sm-lint" aria-labelledby="sm-lint-title" aria-busy={pending}>
      <h2 class="sm-heading" id="sm-lint-title">
        Checks
      </h2>
      <div class="sm-progress">
        <label for="sm-progress">
          {progress.done} of {progress.total} answered (title and fields)
        </label>
        <progress id="sm-progress" max={progress.total} value={progress.done} />
        <p id="sm-guardrails">
          {progress.guardrails.kept} of {progress.guardrails.total} guardrails kept (required checklist items)
        </p>
        {next && (
          <p id="sm-next">
            Next to answer:{' '}
            <PartLink id={next.id} onGo={onGo}>
              {next.title}
            </PartLink>
          </p>
        )}
      </div>
      <p role="status" aria-live="polite" id="sm-lint-summary">
        {summary}
      </p>
      {results && results.length > 0 && (
        <ul class={pending ? 'sm-lint-list sm-lint-stale' : 'sm-lint-list'}>
          {results.map((result, index) => {
            const id = targetElementId(result.target);
            const href = result.url.startsWith(siteOrigin) ? result.url.slice(siteOrigin.length) : result.url;
            return (
              <li key={index} class={result.fatal ? 'sm-lint-error' : 'sm-lint-warning'}>
                <PartLink id={id} onGo={onGo}>
                  {targetName(template, result.target)}
                </PartLink>
                : {result.reason}{' '}
                <span class="sm-lint-meta">
                  (line {result.line}:{result.column}
                  {result.ruleId && href && (
                    <>
                      , <a href={href}>{result.ruleId}</a>
                    </>
                  )}
                  {result.ruleId && !href && <>, {result.ruleId}</>})
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
