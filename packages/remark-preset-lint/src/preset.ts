import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Pluggable, PluggableList, Plugin, Processor } from 'unified';
import { boundedParse } from './lib/rules/bounded-parse.ts';
import { checkPresetOptions, type PresetOptions } from './lib/rules/preset-options.ts';
import { settingsKey, type TemplateOptions } from './lib/rules/template-options.ts';
import { ruleIds, rules } from './rules.ts';

export type { PresetOptions };

/** The preset: a unified plugin that also describes itself as a preset (`plugins`). */
export type SpecmarkPreset = Plugin<[PresetOptions?], Root> & { plugins: PluggableList };

/**
 * Add remark-frontmatter (YAML), remark-gfm and every Specmark rule, and refuse
 * Markdown nested too deep before it is parsed (one error, no rule runs). Without options
 * this is the complete configuration; options choose the template and configure rules. A rule the
 * configuration lists on its own (`["@specmark/remark-preset-lint/rules/<id>", …]`) keeps that
 * configuration.
 *
 * @param options Template and rule options (default: `{}`: template `api-integration`, all rules).
 * @returns Nothing; the rules do the work.
 * @throws {Error} When {@link checkPresetOptions} refuses the options.
 */
function remarkPresetSpecmark(this: Processor, options?: PresetOptions): undefined {
  const settings = checkPresetOptions(options);
  const attached = (plugin: unknown): boolean => this.attachers.some(([item]) => item === plugin);
  const useOnce = (plugin: Pluggable, ...parameters: unknown[]): void => {
    if (!attached(plugin)) this.use(plugin as Plugin<unknown[]>, ...parameters);
  };
  if (settings.template !== undefined || settings.templates !== undefined) {
    const shared: TemplateOptions = {};
    if (settings.template !== undefined) shared.template = settings.template;
    if (settings.templates !== undefined) shared.templates = settings.templates;
    this.data(settingsKey as never, shared as never);
  }
  useOnce(boundedParse);
  useOnce(remarkFrontmatter, 'yaml');
  useOnce(remarkGfm);
  for (const id of ruleIds) {
    const config = settings.rules?.[id];
    if (config === undefined) useOnce(rules[id]);
    else useOnce(rules[id], config);
  }
  return undefined;
}

/**
 * The Specmark lint preset. `{"plugins": ["@specmark/remark-preset-lint"]}` is a complete
 * configuration; `["@specmark/remark-preset-lint", {template, rules}]` passes options. Its
 * `plugins` list is the same set for tools that read presets.
 */
export const remarkPresetSpecmarkLint: SpecmarkPreset = Object.assign(remarkPresetSpecmark as Plugin<[PresetOptions?], Root>, {
  plugins: [boundedParse, [remarkFrontmatter, 'yaml'], remarkGfm, ...ruleIds.map((id) => rules[id])] as PluggableList,
});
