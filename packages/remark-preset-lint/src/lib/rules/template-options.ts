import type { Template } from '@specmark/template';

/** A template as an option: a built-in id, a parsed template, or a template being loaded. */
export type TemplateSource = string | Template | Promise<Template>;

/** Options every rule and the preset accept to choose the template specs are checked against. */
export interface TemplateOptions {
  /**
   * The template specs follow: a built-in id or a parsed {@link Template} (for example from
   * `parseTemplate()` or `loadTemplateFile()`) (default: `'api-integration'`). A spec whose
   * frontmatter names another known template is checked against that one.
   */
  template?: TemplateSource;
  /** More templates a spec may name in its `template` frontmatter key (default: `[]`). */
  templates?: readonly TemplateSource[];
}

/** Processor data key under which the preset stores its template options for the rules. */
export const settingsKey = 'specmarkLint';
