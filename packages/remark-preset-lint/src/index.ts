export { remarkPresetSpecmarkLint as default, remarkPresetSpecmarkLint, type PresetOptions, type SpecmarkPreset } from './preset.ts';
export { checkPresetOptions } from './lib/preset-options.ts';
export { ruleIds, rules, type RuleId } from './rules.ts';
export type { DefaultSeverity, RuleConfig, RulePlugin, SeverityLabel } from './lib/create-rule.ts';
export type { TemplateOptions, TemplateSource } from './lib/template-options.ts';
export type { ApiDescriptions, RuleInputs } from './lib/rule-inputs.ts';
export type { ReferenceLookup, RepositoryFiles, RepositoryIndex } from './lib/repository-index.ts';
