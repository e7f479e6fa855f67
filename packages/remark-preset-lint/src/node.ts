export { remarkPresetSpecmarkLintNode as default, remarkPresetSpecmarkLintNode, type NodePresetOptions } from './node-preset.ts';
