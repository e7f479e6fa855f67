import type { RuleExample } from './rule-docs.ts';
import type { RuleInputs } from './rule-inputs.ts';

/**
 * The inputs a rule example hands the rules besides its Markdown, as the Node preset would find
 * them for a spec in that repository.
 *
 * @param example The example.
 * @returns Its inputs; `repository: null` when it names none.
 */
export function exampleInputs(example: RuleExample): RuleInputs {
  const { repository } = example;
  if (!repository) return { repository: null };
  const files = { paths: [...repository.files], complete: true };
  return { repository: { spec: repository.spec, files: async () => files } };
}
