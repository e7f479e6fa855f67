import { builtInTemplateIds, chooseTemplate, isBuiltInTemplate, loadBuiltInTemplate, type SpecDocument, type Template } from '@specmark/template';
import type { TemplateOptions, TemplateSource } from './template-options.ts';

/** Why no template could be chosen for a spec. */
export type TemplateProblem =
  /** The spec's frontmatter names a template that is neither built in nor configured. */
  | { code: 'unknown'; id: string; known: string[] }
  /** The `template` option or a configured template could not be used. */
  | { code: 'option'; reason: string };

/**
 * The template chosen for a spec, or why there is none. `lost` marks a spec whose frontmatter lost
 * its `template` key (or the whole frontmatter): its headings chose the template.
 */
export type TemplateChoice = { template: Template; problem?: undefined; lost: boolean } | { template?: undefined; problem: TemplateProblem; lost?: undefined };

/** The default template id. */
export const defaultTemplateId = 'api-integration';

const settled = new WeakMap<object, Template | Error>();
const builtIns = new Map<string, Template | Error>();

/**
 * Decide whether a file is a spec and choose the template it is checked against, with
 * `chooseTemplate` of `@specmark/template` over the known templates: the configured one, the
 * `templates` option and the built-in ones. Returns synchronously when every template is already
 * loaded, so that rules stay synchronous after the first file.
 *
 * @param document The file, as the rules read it.
 * @param options The template options (default template: `'api-integration'`).
 * @returns The choice, `undefined` when the file is not a spec, or a promise of either.
 */
export function resolveTemplate(document: SpecDocument, options: TemplateOptions): TemplateChoice | undefined | Promise<TemplateChoice | undefined> {
  const sources = [options.template ?? defaultTemplateId, ...(options.templates ?? []), ...builtInTemplateIds];
  const loaded = sources.map(settle);
  if (loaded.some((item) => item instanceof Promise)) {
    return Promise.all(loaded).then((all) => choose(document, all));
  }
  return choose(document, loaded as (Template | Error)[]);
}

/** Choose among loaded templates (the configured one first). */
function choose(document: SpecDocument, loaded: (Template | Error)[]): TemplateChoice | undefined {
  const failed = loaded.find((item): item is Error => item instanceof Error);
  if (failed) return { problem: { code: 'option', reason: failed.message } };
  // A template given twice (a built-in also configured) counts once, where it first comes.
  const templates: Template[] = [];
  for (const template of loaded as Template[]) if (!templates.some((known) => known.id === template.id)) templates.push(template);
  const choice = chooseTemplate(document, templates);
  switch (choice.status) {
    case 'none':
      return undefined;
    case 'unknown':
      return { problem: { code: 'unknown', id: choice.id, known: templates.map((template) => template.id) } };
    default:
      return { template: choice.template, lost: choice.status === 'lost' };
  }
}

/** A template source as a loaded template or an error, synchronously when already known. */
function settle(source: TemplateSource): Template | Error | Promise<Template | Error> {
  if (typeof source === 'string') {
    const known = builtIns.get(source);
    if (known) return known;
    if (!isBuiltInTemplate(source)) {
      return new Error(
        `Unexpected template \`${source}\`, expected a built-in template id (${builtInTemplateIds.map((id) => '`' + id + '`').join(', ')}) or a template object; ` +
          'load a template file with `@specmark/remark-preset-lint/node`',
      );
    }
    return loadBuiltInTemplate(source).then(
      (template) => remember(builtIns, source, template),
      (error: unknown) => remember(builtIns, source, toError(error)),
    );
  }
  if (source instanceof Promise) {
    const known = settled.get(source);
    if (known) return known;
    return source.then(
      (template) => rememberObject(source, isTemplate(template) ? template : notTemplate(template)),
      (error: unknown) => rememberObject(source, toError(error)),
    );
  }
  return isTemplate(source) ? source : notTemplate(source);
}

function remember(map: Map<string, Template | Error>, key: string, value: Template | Error): Template | Error {
  map.set(key, value);
  return value;
}

function rememberObject(key: object, value: Template | Error): Template | Error {
  settled.set(key, value);
  return value;
}

/** Whether a value looks like a parsed template. */
function isTemplate(value: unknown): value is Template {
  const candidate = value as Partial<Template> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.id === 'string' && Array.isArray(candidate.sections) && Array.isArray(candidate.fields);
}

function notTemplate(value: unknown): Error {
  return new Error(`Unexpected template option of type \`${value === null ? 'null' : typeof value}\`, expected a built-in template id or a template object from \`parseTemplate()\``);
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
