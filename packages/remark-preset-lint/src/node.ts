export { remarkPresetSpecmarkLintNode as default, remarkPresetSpecmarkLintNode, type NodePresetOptions } from './node-preset.ts';
export { apiDescriptionInputs, type ApiDescriptionInputsOptions } from './lib/api/api-description-inputs.ts';
export { ancestorGitignores, isGitignored, withGitignore, type GitignoreStack } from './lib/repository/gitignore-stack.ts';
export { listRepositoryFiles, neverSearched } from './lib/repository/repository-files.ts';
export { repositoryInputs } from './lib/repository/repository-inputs.ts';
export { repositoryRoot, specmarkConfigFiles } from './lib/repository/repository-root.ts';
