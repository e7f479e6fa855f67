import { redactSecret } from '@specmark/schema';
import { createRule } from '../lib/create-rule.ts';
import { rangeOf, report } from '../lib/report.ts';
import { secretFindings } from '../lib/secret-findings.ts';
import type { TemplateOptions } from '../lib/template-options.ts';

/** Options of `no-secrets`. */
export type NoSecretsOptions = TemplateOptions;

/** The `no-secrets` rule. What it checks, with examples: `./no-secrets.docs.ts` (https://specmark.dev/rules/no-secrets/). */
const noSecrets = createRule<NoSecretsOptions>({
  id: 'no-secrets',
  severity: 'error',
  needsTemplate: false,
  async check({ tree, file, document }) {
    if (!tree.position) return;
    for (const { start, end, kind } of await secretFindings(document, file.path)) {
      report(
        file,
        `Unexpected ${kind} \`${redactSecret(document.text.slice(start, end))}\`, expected no credential in the spec: name the environment variable or secret store entry that holds it`,
        rangeOf(document, start, end),
      );
    }
  },
});

export default noSecrets;
