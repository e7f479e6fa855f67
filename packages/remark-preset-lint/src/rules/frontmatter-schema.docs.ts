import { statusRequirements } from '@specmark/schema';
import { md } from '../lib/docs/md.ts';
import { defineRuleDocs } from '../lib/docs/rule-docs.ts';

/** `from \`review\` on: \`title\`, …; from \`approved\` on: \`auth\`` — the keys each status requires. */
const requiredByStatus = [...new Set(statusRequirements.map((requirement) => requirement.status))]
  .map((status) => {
    const keys = statusRequirements
      .filter((requirement) => requirement.status === status)
      .map((requirement) => `\`${requirement.key}\`${requirement.templates ? ` (for ${requirement.templates.map((id) => `\`${id}\``).join(', ')})` : ''}`);
    return `from \`${status}\` on: ${keys.join(', ')}`;
  })
  .join('; ');

/** Documentation and examples of `frontmatter-schema`. */
export const docs = defineRuleDocs({
  id: 'frontmatter-schema',
  summary: 'The spec starts with YAML frontmatter that is valid per the Specmark frontmatter schema.',
  description: md`
    Checks the YAML between the \`---\` lines at the top of a spec against the frontmatter schema of
    \`@specmark/schema\` (reference: https://specmark.dev/reference/schema/). Each problem is placed on
    the key or value at fault, at its line in the file. A value that is not among the allowed ones
    carries the allowed values, so an editor can offer them as quick fixes.

    Always an error: tools read the frontmatter to know the template, its version and the status.
    A draft needs only \`template\`, \`templateVersion\` and \`status\`; the other keys are needed as
    the spec moves on (${requiredByStatus}). What the next status will need is a warning until then —
    a fresh draft from \`specmark new\` passes — and an error once the spec has that status.

    Frontmatter that cannot be read — a \`---\` that never closes, YAML with a syntax error, YAML
    that is not a mapping of keys to values — does not say which template the spec follows: until
    it is mended, this rule's message is the only one, the rules that need the template wait, and
    \`specmark fix\` leaves the file alone. A key written twice is reported, and the rest is read.

    Only specs are checked, by this rule and every other: a file is a spec when its frontmatter
    names a known template (\`template: api-integration\`, however the YAML spells it), or when its
    headings follow a known template — at least two of its \`##\` sections (every section of a
    template with fewer), at any heading level. Other Markdown (READMEs, guides, changelogs) gets no
    message from any rule. A spec that lost its frontmatter, or the \`template\` key in it, gets one
    error from this rule naming the template its headings follow; the other rules check it against
    that template, and the quick fix (and \`specmark fix\`) adds frontmatter naming it.`,
  defaultSeverity: 'error',
  precision: 'very-high',
  tags: ['frontmatter'],
  options: [
    {
      name: 'schema',
      type: 'ZodType',
      default: '`specFrontmatterSchema`',
      description: 'A schema made with `extendSpecFrontmatter()` from `@specmark/schema`, for a team’s own keys (JavaScript configuration only).',
    },
  ],
  examples: [
    {
      name: 'ok.md',
      input: md`
        ---
        template: api-integration
        templateVersion: 1
        title: Stripe refunds sync
        status: draft
        owner: payments-team
        provider: Stripe
        environments: [sandbox, production]
        ---

        # Stripe refunds sync
      `,
      output: [],
    },
    {
      name: 'not-ok.md',
      input: md`
        ---
        template: api-integration
        templateVersion: 1
        title: Stripe refunds sync
        status: finished
        owner: payments-team
        provider: Stripe
        environments: [sandbox, production]
        ---

        # Stripe refunds sync
      `,
      output: [
        '5:9-5:17 error Unexpected `finished` for `status`, expected one of `draft`, `review`, `approved`, `implemented`, `deprecated`',
      ],
    },
    {
      name: 'missing.md',
      input: md`
        # Stripe refunds sync

        ## What and why

        ## Coding agent context
      `,
      output: [
        '1:1 error Unexpected spec without frontmatter, expected a YAML block between `---` lines at the top of the file with `template: api-integration` (its headings follow that template), `templateVersion`, `status`',
      ],
      repaired: md`
        @@ -1,1 +1,7 @@
        +---
        +template: api-integration
        +templateVersion: 1
        +status: draft
        +---
        +
         # Stripe refunds sync
      `,
    },
    {
      name: 'missing-template.md',
      input: md`
        ---
        templateVersion: 1
        title: Stripe refunds sync
        status: draft
        owner: payments-team
        provider: Stripe
        environments: [sandbox, production]
        ---

        # Stripe refunds sync

        ## What and why

        ## Coding agent context
      `,
      output: ['2:1-2:1 error Unexpected frontmatter without `template`, expected `template: api-integration`: the spec\'s headings follow that template'],
    },
    {
      name: 'not-a-spec.md',
      input: md`
        ---
        title: Contributing
        ---

        # Contributing

        ## Development

        Run \`npm test\` before you open a pull request.
      `,
      output: [],
    },
    {
      name: 'draft.md',
      input: md`
        ---
        template: api-integration
        templateVersion: 1
        status: draft
        ---

        # Stripe refunds sync
      `,
      output: [
        '4:1-4:7 warning Unexpected missing key `title`, expected a value for `title` before `status: review`',
        '4:1-4:7 warning Unexpected missing key `owner`, expected a value for `owner` before `status: review`',
        '4:1-4:7 warning Unexpected missing key `provider`, expected a value for `provider` before `status: review`',
        '4:1-4:7 warning Unexpected missing key `environments`, expected a value for `environments` before `status: review`',
      ],
    },
    {
      name: 'review.md',
      input: md`
        ---
        template: api-integration
        templateVersion: 1
        title: Stripe refunds sync
        status: review
        provider: Stripe
        environments: [sandbox, production]
        ---

        # Stripe refunds sync
      `,
      output: [
        '5:1-5:7 error Unexpected missing key `owner` with `status: review`, expected a value for `owner`',
        '5:1-5:7 warning Unexpected missing key `auth`, expected a value for `auth` before `status: approved`',
      ],
    },
    {
      name: 'unclosed.md',
      input: md`
        ---
        template: api-integration
        templateVersion: 1
        status: draft

        # Stripe refunds sync

        ## What and why

        ## Coding agent context
      `,
      output: ['1:1-1:4 error Unexpected frontmatter without a closing `---` line, expected `---` on the line after its last key'],
    },
    {
      name: 'broken-yaml.md',
      input: md`
        ---
        template: api-integration
        status: [draft
        ---

        # Stripe refunds sync
      `,
      output: [
        '3:15-3:15 error Unexpected invalid YAML (flow sequence in block collection must be sufficiently indented and end with a ]), expected a YAML mapping of keys to values',
      ],
    },
  ],
});
