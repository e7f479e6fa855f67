import type { FieldKind, Template } from '@specmark/template';

/** One item of a list-like field, as the form needs it. */
export interface FormTemplateItem {
  /** The item's text as written in the template. */
  text: string;
  /** `true` when the item is a prompt to replace, `false` when a spec must keep it. */
  prompt: boolean;
}

/** One field of the template, as the form needs it. */
export interface FormTemplateField {
  /** Stable id (`who-this-is-for`). */
  slug: string;
  /** Heading text (`Who this is for`). */
  title: string;
  /** How the field is answered. */
  kind: FieldKind;
  /** The field's body in the template (the prompt, or the list of items). */
  prompt: string;
  /** The items of a list-like field; empty for `prose`. */
  items: FormTemplateItem[];
}

/** One section of the template, as the form needs it. */
export interface FormTemplateSection {
  /** Stable id (`what-and-why`). */
  slug: string;
  /** Heading text. */
  title: string;
  /** The section's fields, in template order. */
  fields: FormTemplateField[];
}

/** A team's own template file, opened in the browser. */
export interface TemplateFile {
  /** The file's name (`vendor-onboarding.md`), for messages. */
  name: string;
  /** The file's Markdown, as read. */
  markdown: string;
}

/**
 * The part of a Template model the form shows: small enough to pass from the server to the
 * island as a JSON prop, without the template's source or positions.
 */
export interface FormTemplate {
  /** Template id (`api-integration`). */
  id: string;
  /** Template version, written to `templateVersion`. */
  version: number;
  /** Human title (`API Integration`). */
  title: string;
  /** The prompt for the spec's `#` heading. */
  titlePrompt: string;
  /** Sections in template order. */
  sections: FormTemplateSection[];
  /** For a team's own template, its file: the worker reads the template from it (default: none, a built-in template). */
  file?: TemplateFile;
}

/**
 * Reduce a Template model to what the form shows.
 *
 * @param template The template model.
 * @returns The form's view of it.
 */
export function toFormTemplate(template: Template): FormTemplate {
  return {
    id: template.id,
    version: template.version,
    title: template.title,
    titlePrompt: template.titlePrompt,
    sections: template.sections.map((section) => ({
      slug: section.slug,
      title: section.title,
      fields: section.fields.map((field) => ({
        slug: field.slug,
        title: field.title,
        kind: field.kind,
        prompt: field.prompt,
        items: field.items.map((item) => ({ text: item.text, prompt: item.prompt })),
      })),
    })),
  };
}

/**
 * Every field of a form template, in template order.
 *
 * @param template The form template.
 * @returns Its fields.
 */
export function formFields(template: FormTemplate): FormTemplateField[] {
  return template.sections.flatMap((section) => section.fields);
}
