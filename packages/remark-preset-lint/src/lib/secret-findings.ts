import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { isSecretPlaceholder } from '@specmark/schema';
import type { SpecDocument } from '@specmark/template';
import { moreSecrets } from './more-secrets.ts';
import type { SecretFinding } from './secret-finding.ts';
import { secretKind } from './secret-kind.ts';

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

const cache = new WeakMap<SpecDocument, Promise<SecretFinding[]>>();

/**
 * The credentials in a spec — frontmatter, prose or code — found with secretlint’s recommended
 * rules (Stripe keys and AWS access key ids included) and patterns for what they miss
 * (`moreSecrets`). Placeholders are not credentials; of overlapping findings the first is kept.
 * Offsets count in the document's normalised text.
 *
 * @param document The spec.
 * @param path The file's path, for secretlint (default: `spec.md`).
 * @returns The findings in text order; computed once per document.
 */
export function secretFindings(document: SpecDocument, path = ''): Promise<SecretFinding[]> {
  let found = cache.get(document);
  if (!found) {
    found = find(document.text, path || 'spec.md');
    cache.set(document, found);
  }
  return found;
}

async function find(text: string, path: string): Promise<SecretFinding[]> {
  if (text.trim() === '') return [];
  // secretlint times every rule on every file unless told not to, and keeps every timing: in a
  // run over many files that costs more than the scan itself.
  secretLintProfiler.setEnabled(false);
  return settle(text, [...(await secretlintFindings(text, path)), ...moreSecrets(text)]);
}

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
