import { ruleIds, rules, type RuleId } from '../../rules.ts';
import { checkRuleConfig, type RuleConfig } from './create-rule.ts';
import type { TemplateOptions } from './template-options.ts';

/** Options of the preset used as a plugin. */
export interface PresetOptions extends TemplateOptions {
  /**
   * Configuration per rule id, the remark-lint way: `'off'`, `'warn'`, `'error'`, an options
   * object, or `[severity, options]` (default: every rule on, with its default severity).
   */
  rules?: { [Id in RuleId]?: RuleConfig<Record<string, unknown>> };
}

const optionKeys = ['template', 'templates', 'rules'];
const listed = (values: readonly string[]): string => values.map((value) => '`' + value + '`').join(', ');
const shown = (value: unknown): string => '`' + (JSON.stringify(value) ?? String(value)) + '`';
const isTemplate = (value: unknown): boolean => typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value));

/**
 * Check the preset's options as a whole, the one place they are read: the keys, the template
 * choice, and each rule's setting under `rules` as that rule itself reads it (severity and
 * options). remark-cli and `specmark` both refuse options this refuses.
 *
 * @param options The options as written in the configuration (default: `{}`).
 * @returns The options, typed.
 * @throws {Error} `Unexpected …, expected …` naming the option at fault and every allowed value.
 */
export function checkPresetOptions(options: unknown): PresetOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error(`Unexpected preset options ${shown(options)}, expected an object with ${listed(optionKeys)}`);
  }
  const settings = options as Record<string, unknown>;
  for (const key of Object.keys(settings)) {
    if (!optionKeys.includes(key)) throw new Error(`Unexpected preset option \`${key}\`, expected one of ${listed(optionKeys)}`);
  }
  // A template is an id or a path (a string), a parsed template or one being loaded (an object).
  if (settings.template !== undefined && !isTemplate(settings.template)) {
    throw new Error(`Unexpected ${shown(settings.template)} for \`template\`, expected a template id, a template file path or a template`);
  }
  if (settings.templates !== undefined && !(Array.isArray(settings.templates) && settings.templates.every(isTemplate))) {
    throw new Error(`Unexpected ${shown(settings.templates)} for \`templates\`, expected a list of template ids, template file paths or templates`);
  }
  const ruleSettings = settings.rules;
  if (ruleSettings === undefined) return settings as PresetOptions;
  if (typeof ruleSettings !== 'object' || ruleSettings === null || Array.isArray(ruleSettings)) {
    throw new Error(`Unexpected ${shown(ruleSettings)} for \`rules\`, expected an object from rule id to setting`);
  }
  for (const [id, config] of Object.entries(ruleSettings)) {
    if (!(ruleIds as string[]).includes(id)) throw new Error(`Unexpected rule \`${id}\` in \`rules\`, expected one of ${listed(ruleIds)}`);
    try {
      checkRuleConfig(rules[id as RuleId], config);
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)} (in \`rules.${id}\`)`, { cause: error });
    }
  }
  return settings as PresetOptions;
}
