import { exampleDescriptionIndex } from './example-description.ts';
import type { RuleExample } from './rule-docs.ts';
import type { RuleInputs } from '../rules/rule-inputs.ts';

/**
 * The inputs a rule example hands the rules besides its Markdown, as the Node preset would find
 * them for a spec in that repository, beside those descriptions.
 *
 * @param example The example.
 * @returns Its inputs; `repository: null` and `apiDescriptions: null` when it names none.
 */
export function exampleInputs(example: RuleExample): RuleInputs {
  const { repository, descriptions } = example;
  const files = repository && { paths: [...repository.files], complete: true };
  return {
    repository: repository && files ? { spec: repository.spec, files: async () => files } : null,
    apiDescriptions: descriptions ? { index: async (reference) => exampleDescriptionIndex(descriptions, reference) } : null,
  };
}
