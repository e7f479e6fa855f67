import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { isSecretPlaceholder } from '@specmark/schema';
import { createRule } from '../lib/create-rule.ts';
import { report } from '../lib/report.ts';
import { moreSecrets } from '../lib/more-secrets.ts';
import type { SecretFinding } from '../lib/secret-finding.ts';
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

/** The end of a URL's host, from an offset inside its `user:password@` part. */
function authorityEnd(source: string, from: number): number {
  const at = source.indexOf('@', from);
  if (at === -1) return from;
  const host = /^[^\s/?#<>()[\]|'"`\\]*/.exec(source.slice(at + 1))?.[0] ?? '';
  return at + 1 + host.length;
}

/** secretlint's findings as places and kinds. */
async function secretlintFindings(source: string, path: string): Promise<SecretFinding[]> {
  const result = await lintSource({ source: { content: source, filePath: path, ext: '.md', contentType: 'text' }, options: { config } });
  const found: SecretFinding[] = [];
  for (const finding of result.messages) {
    // Its AWS secret access key range starts at the variable name; `moreSecrets` places the key.
    if (finding.messageId === 'AWSSecretAccessKey') continue;
    const [start, end] = finding.range;
    // Its URL range stops inside a host with a hyphen; a URL is reported up to the end of its host.
    found.push({ start, end: finding.messageId === 'BasicAuth' ? Math.max(end, authorityEnd(source, start)) : end, kind: secretKind(finding.ruleId, finding.messageId) });
  }
  return found;
}

/** Findings in order, each reported once (the first of overlapping ones), placeholders left out. */
function settle(source: string, findings: SecretFinding[]): SecretFinding[] {
  const sorted = findings.filter((each) => !isSecretPlaceholder(source.slice(each.start, each.end))).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SecretFinding[] = [];
  for (const finding of sorted) if (!kept.some((each) => finding.start < each.end && each.start < finding.end)) kept.push(finding);
  return kept;
}

/** The `no-secrets` rule. What it checks, with examples: `./no-secrets.docs.ts` (https://specmark.dev/rules/no-secrets/). */
const noSecrets = createRule<NoSecretsOptions>({
  id: 'no-secrets',
  severity: 'error',
  needsTemplate: false,
  async check({ tree, file, source }) {
    if (!tree.position || source.trim() === '') return;
    // secretlint times every rule on every file unless told not to, and keeps every timing: in a
    // run over many files that costs more than the scan itself.
    secretLintProfiler.setEnabled(false);
    const findings = settle(source, [...(await secretlintFindings(source, file.path || 'spec.md')), ...moreSecrets(source)]);
    for (const { start, end, kind } of findings) {
      report(
        file,
        `Unexpected ${kind} \`${redact(source.slice(start, end))}\`, expected no credential in the spec: name the environment variable or secret store entry that holds it`,
        rangeAt(file, start, end),
      );
    }
  },
});

export default noSecrets;
