import { builtInTemplateIds, isBuiltInTemplate, loadBuiltInTemplate, type Template } from '@specmark/template';
import type { TemplateOptions, TemplateSource } from './template-options.ts';

/** Why no template could be chosen for a spec. */
export type TemplateProblem =
  /** The spec's frontmatter names a template that is neither built in nor configured. */
  | { code: 'unknown'; id: string; known: string[] }
  /** The `template` option or a configured template could not be used. */
  | { code: 'option'; reason: string };

/** The template chosen for a spec, or why there is none. */
export type TemplateChoice = { template: Template; problem?: undefined } | { template?: undefined; problem: TemplateProblem };

/** The default template id. */
export const defaultTemplateId = 'api-integration';

const settled = new WeakMap<object, Template | Error>();
const builtIns = new Map<string, Template | Error>();

/**
 * Choose the template a spec is checked against: the one its frontmatter `template` key names
 * when that is built in or configured, otherwise the configured one. Returns synchronously when
 * every template involved is already loaded, so that rules stay synchronous after the first file.
 *
 * @param templateId The spec's `template` frontmatter value, when it is a string.
 * @param options The template options (default template: `'api-integration'`).
 * @returns The choice, or a promise of it.
 */
export function resolveTemplate(templateId: string | undefined, options: TemplateOptions): TemplateChoice | Promise<TemplateChoice> {
  const sources = [options.template ?? defaultTemplateId, ...(options.templates ?? [])];
  const loaded = sources.map(settle);
  if (loaded.some((item) => item instanceof Promise)) {
    return Promise.all(loaded).then((all) => choose(templateId, all));
  }
  const choice = choose(templateId, loaded as (Template | Error)[]);
  return choice;
}

/** Pick from loaded templates; may still have to load a built-in the spec names. */
function choose(templateId: string | undefined, loaded: (Template | Error)[]): TemplateChoice | Promise<TemplateChoice> {
  const failed = loaded.find((item): item is Error => item instanceof Error);
  if (failed) return { problem: { code: 'option', reason: failed.message } };
  const templates = loaded as Template[];
  const configured = templates[0] as Template;
  if (templateId === undefined || templateId === configured.id) return { template: configured };
  const named = templates.find((template) => template.id === templateId);
  if (named) return { template: named };
  if (isBuiltInTemplate(templateId)) {
    const builtIn = settle(templateId);
    const pick = (item: Template | Error): TemplateChoice => (item instanceof Error ? { problem: { code: 'option', reason: item.message } } : { template: item });
    return builtIn instanceof Promise ? builtIn.then(pick) : pick(builtIn);
  }
  const known = [...new Set([...templates.map((template) => template.id), ...builtInTemplateIds])];
  return { problem: { code: 'unknown', id: templateId, known } };
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
