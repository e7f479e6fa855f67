import { createRule } from '../lib/create-rule.ts';
import { rangeOf, report } from '../lib/report.ts';
import { secretFindings } from '../lib/secret-findings.ts';
import { redact } from '../lib/secret-kind.ts';
import type { TemplateOptions } from '../lib/template-options.ts';

/** Options of `no-secrets`. */
export type NoSecretsOptions = TemplateOptions;

/**
 * `no-secrets`: no credential anywhere in the file — frontmatter, prose or code — found with
 * secretlint’s recommended rules (Stripe keys and AWS access key ids included) and patterns for
 * what they miss (Stripe webhook signing secrets, Google API keys, JSON Web Tokens, EC private keys,
 * AWS secret access keys near their name). Placeholders (`sk_live_xxxxxxxx`, `${STRIPE_KEY}`,
 * AWS's documented examples) are not credentials. The message names the kind of secret and shows
 * only its first characters.
 */
const noSecrets = createRule<NoSecretsOptions>({
  id: 'no-secrets',
  severity: 'error',
  needsTemplate: false,
  async check({ tree, file, document }) {
    if (!tree.position) return;
    for (const { start, end, kind } of await secretFindings(document, file.path)) {
      report(
        file,
        `Unexpected ${kind} \`${redact(document.text.slice(start, end))}\`, expected no credential in the spec: name the environment variable or secret store entry that holds it`,
        rangeOf(document, start, end),
      );
    }
  },
});

export default noSecrets;
