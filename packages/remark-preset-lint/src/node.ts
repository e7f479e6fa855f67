export { remarkPresetSpecmarkLintNode as default, remarkPresetSpecmarkLintNode, type NodePresetOptions } from './node-preset.ts';
export { apiDescriptionInputs, type ApiDescriptionInputsOptions } from './lib/api-description-inputs.ts';
export { ancestorGitignores, isGitignored, withGitignore, type GitignoreStack } from './lib/gitignore-stack.ts';
export { listRepositoryFiles, neverSearched } from './lib/repository-files.ts';
export { repositoryInputs } from './lib/repository-inputs.ts';
export { repositoryRoot, specmarkConfigFiles } from './lib/repository-root.ts';
