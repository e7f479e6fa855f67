import { exampleTemplate as template } from '../lib/docs/example-template.ts';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** Documentation and examples of `template-version`. */
export const docs = defineRuleDocs({
  id: 'template-version',
  summary: 'The spec’s `templateVersion` is the current version of its template.',
  description: md`
    A template bumps its version on every breaking change. A spec written against an older version
    is told what changed since (from the template’s \`changes\`) and how to update. When the update
    is mechanical — every heading of the spec is still in the template, so the other rules' quick
    fixes bring the spec up to date — the quick fix (and \`specmark fix\`) sets the current version. A spec naming a newer version than this linter knows is told to upgrade
    \`@specmark/remark-preset-lint\`.

    The rule also reports a \`template\` that is neither built in nor configured (the quick fixes are
    the known template ids) in a spec whose headings follow a known template (a file naming an
    unknown template whose headings follow none is not a spec: no rule reports anything about it),
    and a \`template\` option the linter cannot use.`,
  defaultSeverity: 'error',
  precision: 'very-high',
  tags: ['frontmatter'],
  options: [],
  examples: [
    {
      name: 'ok.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        templateVersion: 2
        status: draft
        ---

        # Stripe refunds consumer
      `,
      output: [],
    },
    {
      name: 'older.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        templateVersion: 1
        status: draft
        ---

        # Stripe refunds consumer
      `,
      output: [
        '3:18-3:19 error Unexpected `templateVersion: 1`, expected `2`, the current version of `webhook-consumer`: update the spec to the template (version 2: Added the Retries field.), then set `templateVersion: 2`',
      ],
      repaired: md`
        @@ -2,3 +2,3 @@
         template: webhook-consumer
        -templateVersion: 1
        +templateVersion: 2
         status: draft
      `,
    },
    {
      name: 'newer.md',
      template,
      input: md`
        ---
        template: webhook-consumer
        templateVersion: 3
        status: draft
        ---

        # Stripe refunds consumer
      `,
      output: [
        '3:18-3:19 error Unexpected `templateVersion: 3`, expected at most `2`, the newest version of `webhook-consumer` this linter knows: upgrade `@specmark/remark-preset-lint`',
      ],
    },
    {
      name: 'unknown-template.md',
      template,
      input: md`
        ---
        template: webhook-consumr
        templateVersion: 1
        status: draft
        ---

        # Stripe refunds consumer

        ## Why

        ## Build
      `,
      output: [
        '2:11-2:26 error Unexpected template `webhook-consumr`, expected one of `webhook-consumer`, `api-integration` (pass a team’s template with the `template` or `templates` option)',
      ],
    },
  ],
});
