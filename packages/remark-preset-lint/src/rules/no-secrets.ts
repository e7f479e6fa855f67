import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { createRule } from '../lib/create-rule.ts';
import { report } from '../lib/report.ts';
import { redact, secretKind } from '../lib/secret-kind.ts';
import type { TemplateOptions } from '../lib/template-options.ts';
import { rangeAt } from '../lib/text.ts';

/** Options of `no-secrets`. */
export type NoSecretsOptions = TemplateOptions;

/** secretlint's recommended rules, AWS access key ids included. */
const config: Parameters<typeof lintSource>[0]['options']['config'] = {
  rules: [
    {
      id: '@secretlint/secretlint-rule-preset-recommend',
      rule: recommended,
      options: {},
      rules: [{ id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true } }],
    },
  ],
};

/**
 * `no-secrets`: no credential anywhere in the file — frontmatter, prose or code — found with
 * secretlint’s recommended rules (Stripe keys and AWS access key ids included). The message names
 * the kind of secret and shows only its first characters.
 */
const noSecrets = createRule<NoSecretsOptions>({
  id: 'no-secrets',
  severity: 'error',
  needsTemplate: false,
  async check({ tree, file, source }) {
    if (!tree.position || source.trim() === '') return;
    const result = await lintSource({ source: { content: source, filePath: file.path || 'spec.md', ext: '.md', contentType: 'text' }, options: { config } });
    for (const finding of result.messages) {
      const [start, end] = finding.range;
      const kind = secretKind(finding.ruleId, finding.messageId);
      report(
        file,
        `Unexpected ${kind} \`${redact(source.slice(start, end))}\`, expected no credential in the spec: name the environment variable or secret store entry that holds it`,
        rangeAt(file, start, end),
      );
    }
  },
});

export default noSecrets;
