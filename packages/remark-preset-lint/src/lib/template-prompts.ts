import { promptsIn, type Template } from '@specmark/template';

/** The bracketed prompts and quoted examples a template shows, for spotting leftovers in a spec. */
export interface TemplatePrompts {
  /** Every bracketed prompt of the template (title, fields, items), brackets included. */
  prompts: Set<string>;
  /** Quoted `e.g.` examples per field slug (`Next.js 14, Node.js backend, …`). */
  examples: Map<string, string[]>;
}

const cache = new WeakMap<Template, TemplatePrompts>();
/** `e.g.` and the quotation mark that opens an example. */
const exampleOpening = /e\.g\.,?\s*["“]/g;
/** The text of an example, up to a closing quotation mark or the end of the line. */
const exampleText = /[^"”\n]*/y;

/**
 * Find the quoted `e.g.` examples of a prompt, as `/e\.g\.,?\s*["“]([^"”\n]+)["”]/g` finds them,
 * in time linear in the prompt: an example left open is read once, not again from each `e.g.` in it.
 *
 * @param prompt The prompt.
 * @returns The text of each example, in order.
 */
function examplesIn(prompt: string): string[] {
  const found: string[] = [];
  // Examples opening before the end of one left open stop where it stopped: they are open too.
  let readUpTo = -1;
  exampleOpening.lastIndex = 0;
  for (let opening = exampleOpening.exec(prompt); opening; opening = exampleOpening.exec(prompt)) {
    const from = exampleOpening.lastIndex;
    if (from < readUpTo) {
      exampleOpening.lastIndex = opening.index + 1;
      continue;
    }
    exampleText.lastIndex = from;
    const text = exampleText.exec(prompt)?.[0] ?? '';
    readUpTo = from + text.length;
    const close = prompt[readUpTo];
    if (text !== '' && (close === '"' || close === '”')) {
      found.push(text);
      exampleOpening.lastIndex = readUpTo + 1;
    } else exampleOpening.lastIndex = opening.index + 1;
  }
  return found;
}

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
      const found = examplesIn(field.prompt).filter((text) => text.trim().length > 0);
      if (found.length > 0) examples.set(field.slug, found);
    }
    result = { prompts, examples };
    cache.set(template, result);
  }
  return result;
}
