import { answerTopics, fillSentenceFrame, isPrompt, readSentenceFrame, type Answers, type Template, type TemplateField } from '@specmark/template';
import type { ApiIndex, ApiOperation } from './api-index.ts';
import { descriptionMarkdown } from './description-markdown.ts';
import { errorStatuses } from './error-statuses.ts';
import { findOperation } from './find-operation.ts';
import { operationLabel } from './operation-label.ts';
import { providerName } from './provider-name.ts';
import { serverEnvironments } from './server-environments.ts';

/** What a spec starts from: the description as the spec names it, and the operations it integrates. */
export interface PrefillSelection {
  /** The spec's `api.description`: a path relative to the spec, or a package path. */
  description: string;
  /** The operations, as `METHOD /path` or operation ids. */
  operations: readonly string[];
}

/** A template item that asks which endpoints the integration calls. */
const asksOperations = /\b(?:endpoints?|operations?|api\s+calls?)\b/i;

/**
 * Start a spec's answers from a provider's API description: the frontmatter names the template,
 * the provider (the description's title), `auth` (the one method of the security schemes the
 * operations take, else of all the schemes; left out when they differ or there are none),
 * `environments` (from the servers) and `api`; the field whose template options say it states
 * `api` lists each operation in place of its prompt about endpoints; the sentence-frames field's
 * error frame becomes one frame per documented error status of each operation, its outcome left as
 * the template's prompt (`When \`POST /x\` returns 409 (Conflict), [how the system responds]`).
 * Other fields are left unanswered, and a template without such fields gets the frontmatter only.
 *
 * @param template The template the spec follows.
 * @param index The description's index.
 * @param selection The description as the spec names it and the operations; an operation the
 *   description lacks is kept in `api.operations` as written (the checks report it) and left out of the body.
 * @param given The title, when there is one (default: `{}`).
 * @returns The answers, to render with `renderSpec`.
 */
export function prefillAnswers(template: Template, index: ApiIndex, selection: PrefillSelection, given: { title?: string } = {}): Answers {
  const written = new Set<string>();
  const operations: ApiOperation[] = [];
  for (const entry of selection.operations) {
    const found = findOperation(index, entry);
    const label = found.found ? operationLabel(found.operation) : entry.trim();
    if (label === '' || written.has(label)) continue;
    written.add(label);
    if (found.found) operations.push(found.operation);
  }

  const title = given.title?.trim() || undefined;
  const frontmatter: Record<string, unknown> = { template: template.id, templateVersion: template.version };
  if (title !== undefined) frontmatter.title = title;
  const provider = providerName(index.title);
  if (provider !== '') frontmatter.provider = provider;
  const auth = authMethod(index, operations);
  if (auth !== undefined) frontmatter.auth = auth;
  frontmatter.environments = serverEnvironments(index.servers);
  frontmatter.api = { description: selection.description, operations: [...written] };

  const fields: Answers['fields'] = {};
  const scope = template.fields.find((field) => field.kind === 'list' && states(field, 'api'));
  if (scope && operations.length > 0) fields[scope.slug] = replacePrompt(scope, (text) => asksOperations.test(text), operations.map(scopeItem));
  const behaviors = errorFrames(template);
  if (behaviors) {
    // A frame is read back by its words: a status description must not hold one (`Validation failed, or …`).
    const clashes = behaviors.frame.words.slice(1, -1).map((word) => word.trim()).filter((word) => /^\p{P}+$/u.test(word));
    const frames = operations.flatMap((operation) => statusConditions(operation, clashes).map((condition) => fillSentenceFrame(behaviors.frame, [condition])));
    if (frames.length > 0) fields[behaviors.field.slug] = replacePrompt(behaviors.field, (text) => text === behaviors.item, frames);
  }
  return title === undefined ? { frontmatter, fields } : { frontmatter, title, fields };
}

/** Whether a field's template options say its answers state a frontmatter key. */
function states(field: TemplateField, key: string): boolean {
  const keys = field.options.frontmatterKeys;
  return Array.isArray(keys) && keys.includes(key);
}

/** A field's template items with the first one `replaced` picks swapped for new items (appended when none is picked). */
function replacePrompt(field: TemplateField, replaced: (text: string) => boolean, items: string[]): string[] {
  const texts = field.items.map((item) => item.text);
  const at = field.items.findIndex((item) => replaced(item.text));
  return at === -1 ? [...texts, ...items] : [...texts.slice(0, at), ...items, ...texts.slice(at + 1)];
}

/** The first sentence-frames field with a frame whose condition is about errors, and that frame. */
function errorFrames(template: Template): { field: TemplateField; item: string; frame: ReturnType<typeof readSentenceFrame> } | undefined {
  for (const field of template.fields) {
    if (field.kind !== 'sentence-frames') continue;
    for (const item of field.items) {
      if (isPrompt(item.text)) continue;
      const frame = readSentenceFrame(item.text);
      if (frame.gaps.length > 1 && answerTopics(frame.gaps.slice(0, -1).join(' ')).includes('errors')) return { field, item: item.text, frame };
    }
  }
  return undefined;
}

/** An In scope item: `` `POST /path` — summary ``, and what replaces a deprecated operation. */
function scopeItem(operation: ApiOperation): string {
  const summary = descriptionMarkdown(operation.summary);
  const deprecated = operation.deprecated ? ` (deprecated${operation.replacement ? `; the provider names \`${operation.replacement}\` instead` : ''})` : '';
  return `\`${operationLabel(operation)}\`${summary === '' ? '' : ` — ${summary}`}${deprecated}`;
}

/**
 * The conditions of an operation's error frames: one per documented error status, or one saying
 * errors are documented only as `default`; punctuation the frame is split at (`clashes`) becomes `;`.
 */
function statusConditions(operation: ApiOperation, clashes: readonly string[]): string[] {
  const label = `\`${operationLabel(operation)}\``;
  const { statuses, defaultOnly } = errorStatuses(operation);
  if (defaultOnly) return [`${label} returns an error (the provider documents its errors only as \`default\`)`];
  return statuses.map((status) => {
    const said = clashes.reduce((text, clash) => text.replaceAll(clash, ';'), descriptionMarkdown(status.description, 100)).replace(/\.$/, '');
    return `${label} returns ${status.code}${said === '' ? '' : ` (${said})`}`;
  });
}

/** The one authentication method of the schemes the operations take (all the description's schemes when they name none). */
function authMethod(index: ApiIndex, operations: readonly ApiOperation[]): string | undefined {
  const named = new Set(operations.flatMap((operation) => operation.security));
  const schemes = named.size === 0 ? index.securitySchemes : index.securitySchemes.filter((scheme) => named.has(scheme.name));
  const methods = new Set(schemes.map((scheme) => scheme.method));
  return methods.size === 1 ? [...methods][0] : undefined;
}
