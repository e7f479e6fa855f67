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
 * loaded, so that rules stay synchronous after the first file; once per document and options.
 *
 * @param document The file, as the rules read it.
 * @param options The template options (default template: `'api-integration'`).
 * @returns The choice, `undefined` when the file is not a spec, or a promise of either.
 */
export function resolveTemplate(document: SpecDocument, options: TemplateOptions): TemplateChoice | undefined | Promise<TemplateChoice | undefined> {
  const made = choices.get(document) ?? [];
  for (const each of made) if (each.template === options.template && each.templates === options.templates) return each.choice;
  const known = knownTemplates(options);
  const remember = (templates: Template[] | Error): TemplateChoice | undefined => {
    const choice = choose(document, templates);
    made.push({ template: options.template, templates: options.templates, choice });
    choices.set(document, made);
    return choice;
  };
  return known instanceof Promise ? known.then(remember) : remember(known);
}

/** A choice made for a document, and the template options it was made with. */
interface ChoiceMade {
  template: TemplateSource | undefined;
  templates: readonly TemplateSource[] | undefined;
  choice: TemplateChoice | undefined;
}

/**
 * The choices made for each document: every rule asks for the file it checks, nearly always with
 * the same options, and the answer depends on nothing else.
 */
const choices = new WeakMap<SpecDocument, ChoiceMade[]>();

/**
 * The templates a spec may follow: the configured one first, then the `templates` option and the
 * built-in ones, each once; synchronously when every one is already loaded.
 *
 * @param options The template options (default template: `'api-integration'`).
 * @returns The templates, or the error of the first that could not be loaded (or a promise of either).
 */
export function knownTemplates(options: TemplateOptions): Template[] | Error | Promise<Template[] | Error> {
  const sources = [options.template ?? defaultTemplateId, ...(options.templates ?? []), ...builtInTemplateIds];
  const loaded = sources.map(settle);
  return loaded.some((item) => item instanceof Promise) ? Promise.all(loaded).then(distinct) : distinct(loaded as (Template | Error)[]);
}

/** Loaded templates without repeats, or the first error. */
function distinct(loaded: (Template | Error)[]): Template[] | Error {
  const failed = loaded.find((item): item is Error => item instanceof Error);
  if (failed) return failed;
  // A template given twice (a built-in also configured) counts once, where it first comes.
  const templates: Template[] = [];
  for (const template of loaded as Template[]) if (!templates.some((known) => known.id === template.id)) templates.push(template);
  return templates;
}

/** Choose among the known templates (the configured one first). */
function choose(document: SpecDocument, templates: Template[] | Error): TemplateChoice | undefined {
  if (templates instanceof Error) return { problem: { code: 'option', reason: templates.message } };
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
