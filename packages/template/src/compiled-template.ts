import type { Template } from './model.ts';

/**
 * A built-in template parsed ahead of time (by `npm run build`, into `dist/templates/<id>.json`),
 * with the hash of the Markdown it was parsed from: it is used only while that Markdown is unchanged.
 */
export interface CompiledTemplate {
  /** SHA-256 of the template's Markdown, hex. */
  sha256: string;
  /** The model `parseTemplate` gave for that Markdown. */
  template: Template;
}
