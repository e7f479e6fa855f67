import { resolve } from 'node:path';
import { isBuiltInTemplate, type Template } from '@specmark/template';
import { loadTemplateFile } from '@specmark/template/node';
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import { apiDescriptionInputs } from './lib/api/api-description-inputs.ts';
import { checkPresetOptions } from './lib/rules/preset-options.ts';
import { repositoryInputs } from './lib/repository/repository-inputs.ts';
import type { TemplateSource } from './lib/rules/template-options.ts';
import { remarkPresetSpecmarkLint, type PresetOptions, type SpecmarkPreset } from './preset.ts';

/** Options of the Node preset: like {@link PresetOptions}, and templates may be file paths. */
export interface NodePresetOptions extends Omit<PresetOptions, 'template' | 'templates'> {
  /**
   * A built-in template id, the path of a team's Markdown template (relative to the working
   * directory), or a template object (default: `'api-integration'`).
   */
  template?: string | Template;
  /** More templates specs may name, as ids, paths or template objects (default: `[]`). */
  templates?: readonly (string | Template)[];
}

/**
 * The preset for Node tools (remark-cli, the VS Code extension, scripts) that also reads a team's
 * template from a file (`["@specmark/remark-preset-lint/node", {"template": "./spec-template.md"}]`)
 * and hands the rules the repository each spec is in (`reference-files-exist`) and the provider
 * API description it names (`api-operations`, `api-error-statuses`, `api-auth-webhooks`).
 *
 * @param options Template (id, path or object) and rule options (default: `{}`).
 * @returns Nothing; the rules do the work.
 * @throws {Error} When {@link checkPresetOptions} refuses the options.
 */
function remarkPresetSpecmarkNode(this: Processor, options?: NodePresetOptions): undefined {
  if (!this.attachers.some(([plugin]) => plugin === repositoryInputs)) this.use(repositoryInputs);
  if (!this.attachers.some(([plugin]) => plugin === apiDescriptionInputs)) this.use(apiDescriptionInputs);
  const { template, templates, ...rest } = checkPresetOptions(options) as NodePresetOptions;
  const settings: PresetOptions = { ...rest };
  if (template !== undefined) settings.template = fromFile(template);
  if (templates !== undefined) settings.templates = templates.map(fromFile);
  return (remarkPresetSpecmarkLint as unknown as Plugin<[PresetOptions], Root>).call(this, settings) as undefined;
}

/** A path becomes the template it holds (loading starts now; errors surface as lint messages). */
function fromFile(source: string | Template): TemplateSource {
  if (typeof source !== 'string' || isBuiltInTemplate(source)) return source;
  const loading = loadTemplateFile(resolve(source));
  loading.catch(() => undefined);
  return loading;
}

/** The Node preset, with the main preset's `plugins` list after the plugins that find each spec's repository and API description. */
export const remarkPresetSpecmarkLintNode: SpecmarkPreset = Object.assign(remarkPresetSpecmarkNode as Plugin<[PresetOptions?], Root>, {
  plugins: [repositoryInputs, apiDescriptionInputs, ...remarkPresetSpecmarkLint.plugins],
});
