import { templateList, type TemplateSet } from '../config/load-templates.ts';
import { fixSpec, type FixResult } from './fix-spec.ts';

/**
 * Fix a spec as `specmark fix` does with a project's templates, chosen as the lint preset chooses
 * them (the configured one first). Every command and tool that
 * fixes a spec goes through this, so they make the same edits.
 *
 * @param original The spec as read.
 * @param templates The project's templates.
 * @returns The repairs and the fixed text, or why the spec was left alone.
 */
export function fixWithTemplates(original: string, templates: TemplateSet): FixResult {
  return fixSpec(original, templateList(templates));
}
