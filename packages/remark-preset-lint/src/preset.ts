import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Pluggable, PluggableList, Plugin, Processor } from 'unified';
import { boundedParse } from './lib/bounded-parse.ts';
import type { RuleConfig } from './lib/create-rule.ts';
import { settingsKey, type TemplateOptions } from './lib/template-options.ts';
import { ruleIds, rules, type RuleId } from './rules.ts';

/** Options of the preset used as a plugin. */
export interface PresetOptions extends TemplateOptions {
  /**
   * Configuration per rule id, the remark-lint way: `'off'`, `'warn'`, `'error'`, an options
   * object, or `[severity, options]` (default: every rule on, with its default severity).
   */
  rules?: { [Id in RuleId]?: RuleConfig<Record<string, unknown>> };
}

/** The preset: a unified plugin that also describes itself as a preset (`plugins`). */
export type SpecmarkPreset = Plugin<[PresetOptions?], Root> & { plugins: PluggableList };

const optionKeys = ['template', 'templates', 'rules'];

/**
 * Add remark-frontmatter (YAML), remark-gfm and every Specmark rule, and refuse
 * Markdown nested too deep before it is parsed (one error, no rule runs). Without options
 * this is the complete configuration; options choose the template and configure rules. A rule the
 * configuration lists on its own (`["@specmark/remark-preset-lint/rules/<id>", …]`) keeps that
 * configuration.
 *
 * @param options Template and rule options (default: `{}`: template `api-integration`, all rules).
 * @returns Nothing; the rules do the work.
 */
function remarkPresetSpecmark(this: Processor, options?: PresetOptions): undefined {
  const settings = options ?? {};
  if (typeof settings !== 'object' || Array.isArray(settings)) {
    throw new Error(`Unexpected preset options \`${JSON.stringify(settings)}\`, expected an object with ${optionKeys.map((key) => '`' + key + '`').join(', ')}`);
  }
  for (const key of Object.keys(settings)) {
    if (!optionKeys.includes(key)) throw new Error(`Unexpected preset option \`${key}\`, expected one of ${optionKeys.map((item) => '`' + item + '`').join(', ')}`);
  }
  for (const id of Object.keys(settings.rules ?? {})) {
    if (!(ruleIds as string[]).includes(id)) throw new Error(`Unexpected rule \`${id}\` in \`rules\`, expected one of ${ruleIds.map((item) => '`' + item + '`').join(', ')}`);
  }
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
