import { loadBuiltInTemplate, parseTemplate, type Template } from '@specmark/template';
import type { TemplateRef } from './worker-protocol.ts';

/** How many teams' templates the worker keeps parsed. */
const keep = 4;
const parsed = new Map<string, Template>();

/**
 * The template a request names: a built-in one (loaded once), or a team's own, parsed from its
 * Markdown the first time it is seen and kept for the next requests (the latest few).
 *
 * @param ref The template's id, or its source and file name.
 * @returns The template model.
 * @throws {TemplateError} When a team's template cannot be read (`problems` says where and why).
 * @throws {Error} When no built-in template has the id.
 */
export async function resolveTemplate(ref: TemplateRef): Promise<Template> {
  if (ref.source === undefined) return loadBuiltInTemplate(ref.id);
  const known = parsed.get(ref.source);
  if (known) {
    // Most recently used last, so the oldest goes first.
    parsed.delete(ref.source);
    parsed.set(ref.source, known);
    return known;
  }
  const template = parseTemplate(ref.source, { path: ref.name });
  parsed.set(ref.source, template);
  for (const oldest of parsed.keys()) {
    if (parsed.size <= keep) break;
    parsed.delete(oldest);
  }
  return template;
}
