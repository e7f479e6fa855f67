// The main entry as Node resolves it (the `node` export condition): remark-cli and the VS Code
// extension load the preset by name and get the Node preset, which also reads template files and
// finds each spec's repository. Same exports as `index.ts`.
export { remarkPresetSpecmarkLintNode as default, remarkPresetSpecmarkLintNode as remarkPresetSpecmarkLint } from './node-preset.ts';
export type { PresetOptions, SpecmarkPreset } from './preset.ts';
export { checkPresetOptions } from './lib/rules/preset-options.ts';
export { presetMessages, ruleIds, ruleMessages, rules, type RuleId } from './rules.ts';
export { messageIdentity, type MessageIdentity } from './lib/rules/rule-messages.ts';
export type { DefaultSeverity, RuleConfig, RulePlugin, SeverityLabel } from './lib/rules/create-rule.ts';
export type { ApiDescriptions, RuleInputs } from './lib/rules/rule-inputs.ts';
export type { ReferenceLookup, RepositoryFiles, RepositoryIndex } from './lib/repository/repository-index.ts';
export type { TemplateOptions, TemplateSource } from './lib/rules/template-options.ts';
