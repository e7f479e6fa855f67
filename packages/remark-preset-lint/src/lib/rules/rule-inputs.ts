import type { ApiIndex, DescriptionResult } from '@specmark/api-description';
import type { VFile } from 'vfile';
import type { RepositoryIndex } from '../repository/repository-index.ts';

/**
 * What the rules know about a spec besides its text, each input read once, in one place, and
 * handed to the rules as data on the file (`file.data.specmarkInputs`). A rule never opens a file
 * itself: it reads its input here, and says nothing when the input is absent.
 *
 * An input that is `undefined` was not looked for (the browser, the rule used alone); `null`
 * means it was looked for and there is none. On Node, the preset's Node entry fills what is not
 * given before the rules run; a caller may fill any input first (the editor, a test, a tool that
 * already knows), and what it gives is kept.
 */
export interface RuleInputs {
  /** The repository the spec lives in: its files, for `reference-files-exist`. */
  repository?: RepositoryIndex | null;
  /** The provider API descriptions a spec's `api.description` may name, read on demand. */
  apiDescriptions?: ApiDescriptions | null;
}

/**
 * Reads the provider API description a spec names. The caller decides where a reference leads
 * (a file beside the spec, a package, a file opened in the editor) and caches what it read.
 */
export interface ApiDescriptions {
  /**
   * The index of the description a spec's `api.description` names.
   *
   * @param reference The `api.description` value, as written.
   * @returns Its index, or why it cannot be read (a message for the `api.description` line).
   */
  index(reference: string): Promise<DescriptionResult<ApiIndex>>;
}

/** The key of the inputs on `file.data`. */
export const ruleInputsKey = 'specmarkInputs';

declare module 'vfile' {
  interface DataMap {
    /** What the Specmark rules know about the spec besides its text (see `RuleInputs`). */
    specmarkInputs: RuleInputs;
  }
}

/**
 * The inputs handed to the rules with a file.
 *
 * @param file The spec file.
 * @returns Its inputs; the same object on every call, created empty on the first.
 */
export function ruleInputs(file: VFile): RuleInputs {
  let inputs = file.data[ruleInputsKey];
  if (!inputs) {
    inputs = {};
    file.data[ruleInputsKey] = inputs;
  }
  return inputs;
}
