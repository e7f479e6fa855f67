import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** The repository the examples' spec lives in. */
const repository = {
  spec: 'docs/specs/refunds.md',
  files: ['docs/specs/refunds.md', 'services/orders/src/payments/charges.ts', 'services/orders/src/webhooks/handler.ts', 'packages/http/src/retry.ts', 'packages/http/src/index.ts', 'services/orders/src/index.ts'],
};

/** Documentation and examples of `reference-files-exist`. */
export const docs = defineRuleDocs({
  id: 'reference-files-exist',
  summary: 'Paths the spec points a coding agent to exist in the repository.',
  description: md`
    A reference to a file that was moved, renamed or never written sends whoever builds the
    integration looking for it. The rule checks the fields whose template options set
    \`repositoryPaths: true\` (in \`api-integration\`: “Reference files” and “Patterns to follow”). A path
    is a code span or link target with a \`/\` that ends with a file name with an extension
    (\`lib/retry.ts\`) or with \`/\` for a folder, or such a token in prose.

    A path counts when it exists from the spec's folder or from the repository's root (a leading
    \`/\` means the root), or when exactly one file of the repository ends with it
    (\`webhooks/handler.ts\`). Files a \`.gitignore\` excludes do not count.

    The repository is the nearest folder above the spec with \`.git\`, or else with a Specmark
    configuration file; remark-cli, the VS Code extension and \`specmark check\` find it. Where there
    is none — a loose file, the editor on the site, the rule used on its own without the preset's
    Node entry — the rule says nothing. Listing stops after 50,000 files and folders; a path not
    found in a listing cut short is not reported.`,
  defaultSeverity: 'status',
  precision: 'high',
  tags: ['completeness', 'repository'],
  options: [],
  examples: [
    {
      name: 'ok.md',
      repository,
      input: md`
        ---
        template: api-integration
        ---

        ### Reference files

        See \`services/orders/src/payments/charges.ts\` and \`webhooks/handler.ts\` for how events are routed.

        ### Patterns to follow

        - Use \`withRetry\` from [the HTTP package](../../packages/http/src/retry.ts)
      `,
      output: [],
    },
    {
      name: 'not-ok.md',
      repository,
      input: md`
        ---
        template: api-integration
        ---

        ### Reference files

        See \`services/orders/src/payments/refunds.ts\` for the refund client.

        ### Patterns to follow

        - Export handlers from \`src/index.ts\`
      `,
      output: [
        '7:6-7:45 error Unexpected missing file `services/orders/src/payments/refunds.ts` in `Reference files`, expected the path of a file in the repository',
        '11:25-11:37 error Unexpected ambiguous path `src/index.ts` in `Patterns to follow`, expected the full path of one file: `packages/http/src/index.ts` or `services/orders/src/index.ts`',
      ],
    },
    {
      name: 'character-references.md',
      repository,
      input: md`
        ---
        template: api-integration
        ---

        ### Reference files

        The refund client: [refunds](services&#47;orders&#47;src&#47;payments&#47;refunds.ts).
      `,
      output: ['7:20-7:86 error Unexpected missing file `services/orders/src/payments/refunds.ts` in `Reference files`, expected the path of a file in the repository'],
    },
    {
      name: 'no-repository.md',
      input: md`
        ---
        template: api-integration
        ---

        ### Reference files

        See \`services/orders/src/payments/refunds.ts\` for the refund client.
      `,
      output: [],
    },
  ],
});
