export { remarkPresetSpecmarkLint as default, remarkPresetSpecmarkLint, type PresetOptions, type SpecmarkPreset } from './preset.ts';
export { checkPresetOptions } from './lib/preset-options.ts';
export { presetMessages, ruleIds, ruleMessages, rules, type RuleId } from './rules.ts';
export { messageIdentity, type MessageIdentity } from './lib/rule-messages.ts';
export type { DefaultSeverity, RuleConfig, RulePlugin, SeverityLabel } from './lib/create-rule.ts';
export type { TemplateOptions, TemplateSource } from './lib/template-options.ts';
export type { ApiDescriptions, RuleInputs } from './lib/rule-inputs.ts';
export type { ReferenceLookup, RepositoryFiles, RepositoryIndex } from './lib/repository-index.ts';
