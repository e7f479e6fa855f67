import type { FormTemplate } from '../model/form-template.ts';
import { formFields } from '../model/form-template.ts';
import type { Progress } from '../model/progress.ts';
import type { FormTarget, LintResult } from '../worker/worker-protocol.ts';

/** Props of {@link LintPanel}. */
interface Props {
  /** The form template, for field names. */
  template: FormTemplate;
  /** The latest lint results, or `undefined` before the first lint. */
  results: LintResult[] | undefined;
  /** How complete the spec is. */
  progress: Progress;
}

/** Site origin whose links are made relative, so they work wherever the site is served. */
const siteOrigin = 'https://specmark.dev';

/** The form element a lint target links to. */
export function targetElementId(target: FormTarget): string {
  switch (target.kind) {
    case 'title':
      return 'sm-title';
    case 'frontmatter':
      return target.key && typeof document !== 'undefined' && document.getElementById(`sm-fm-${target.key}`) ? `sm-fm-${target.key}` : 'sm-frontmatter';
    case 'section':
      return `sm-section-${target.slug}`;
    case 'field':
      return `sm-field-${target.slug}-group`;
  }
}

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

/** Move focus to the form control a lint message concerns. */
function focusTarget(event: MouseEvent, id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  event.preventDefault();
  const focusable = element.matches('input, textarea, select, button') ? element : element.querySelector<HTMLElement>('input, textarea, select, button');
  (focusable ?? element).focus();
  element.scrollIntoView({ block: 'center' });
}

/** Lint results from the preset, each linked to its field, announced politely; and progress. */
export function LintPanel({ template, results, progress }: Props) {
  const errors = results?.filter((result) => result.fatal === true).length ?? 0;
  const summary =
    results === undefined ? 'Checking…' : results.length === 0 ? 'No lint messages: the spec passes the preset.' : `${results.length} lint message${results.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}).`;
  return (
    <section class="sm-lint" aria-labelledby="sm-lint-title">
      <div role="heading" aria-level={3} class="sm-heading" id="sm-lint-title">
        Checks
      </div>
      <label for="sm-progress">
        {progress.done} of {progress.total} parts done
      </label>
      <progress id="sm-progress" max={progress.total} value={progress.done} />
      <p role="status" aria-live="polite" id="sm-lint-summary">
        {summary}
      </p>
      {results && results.length > 0 && (
        <ul class="sm-lint-list">
          {results.map((result, index) => {
            const id = targetElementId(result.target);
            const href = result.url.startsWith(siteOrigin) ? result.url.slice(siteOrigin.length) : result.url;
            return (
              <li key={index} class={result.fatal ? 'sm-lint-error' : 'sm-lint-warning'}>
                <a href={`#${id}`} onClick={(event) => focusTarget(event, id)}>
                  {targetName(template, result.target)}
                </a>
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
