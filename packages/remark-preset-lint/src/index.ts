export { remarkPresetSpecmarkLint as default, remarkPresetSpecmarkLint, type PresetOptions, type SpecmarkPreset } from './preset.ts';
export { checkPresetOptions } from './lib/rules/preset-options.ts';
export { presetMessages, ruleIds, ruleMessages, rules, type RuleId } from './rules.ts';
export { messageIdentity, type MessageIdentity } from './lib/rules/rule-messages.ts';
export type { DefaultSeverity, RuleConfig, RulePlugin, SeverityLabel } from './lib/rules/create-rule.ts';
export type { TemplateOptions, TemplateSource } from './lib/rules/template-options.ts';
export type { ApiDescriptions, RuleInputs } from './lib/rules/rule-inputs.ts';
export type { ReferenceLookup, RepositoryFiles, RepositoryIndex } from './lib/repository/repository-index.ts';
