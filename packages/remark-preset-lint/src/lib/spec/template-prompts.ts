import { promptExamples, promptsIn, type Template } from '@specmark/template';

/** The bracketed prompts and quoted examples a template shows, for spotting leftovers in a spec. */
export interface TemplatePrompts {
  /** Every bracketed prompt of the template (title, fields, items), brackets included. */
  prompts: Set<string>;
  /** Quoted `e.g.` examples per field slug (`Next.js 14, Node.js backend, …`). */
  examples: Map<string, string[]>;
}

const cache = new WeakMap<Template, TemplatePrompts>();
/**
 * Collect the template's prompts and `e.g.` examples.
 *
 * @param template The template.
 * @returns Its prompts and examples; cached per template.
 */
export function templatePrompts(template: Template): TemplatePrompts {
  let result = cache.get(template);
  if (!result) {
    const prompts = new Set<string>(promptsIn(template.titlePrompt));
    const examples = new Map<string, string[]>();
    for (const field of template.fields) {
      for (const prompt of promptsIn(field.prompt)) prompts.add(prompt);
      const found = promptExamples(field.prompt).filter((text) => text.trim().length > 0);
      if (found.length > 0) examples.set(field.slug, found);
    }
    result = { prompts, examples };
    cache.set(template, result);
  }
  return result;
}
