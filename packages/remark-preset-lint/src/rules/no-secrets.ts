import { redactSecret } from '@specmark/schema';
import { createRule } from '../lib/rules/create-rule.ts';
import { rangeOf, report } from '../lib/rules/report.ts';
import { secretFindings } from '../lib/secrets/secret-findings.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `no-secrets`. */
export type NoSecretsOptions = TemplateOptions;

/** The messages of `no-secrets`, by id. */
const messages = defineMessages({
  secret: 'Unexpected {{kind}} `{{secret}}`, expected no credential in the spec: name the environment variable or secret store entry that holds it',
});

/** The `no-secrets` rule. What it checks, with examples: `./no-secrets.docs.ts` (https://specmark.dev/rules/no-secrets/). */
const noSecrets = createRule<NoSecretsOptions>({
  id: 'no-secrets',
  severity: 'error',
  messages,
  needsTemplate: false,
  async check({ tree, file, document }) {
    if (!tree.position) return;
    for (const { start, end, kind } of await secretFindings(document, file.path)) {
      report(file, messages.secret, { kind, secret: redactSecret(document.text.slice(start, end)) }, rangeOf(document, start, end));
    }
  },
});

export default noSecrets;
