import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { findCredentials, isSecretPlaceholder, type CredentialFinding } from '@specmark/schema';
import type { SpecDocument } from '@specmark/template';
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

const cache = new WeakMap<SpecDocument, Promise<CredentialFinding[]>>();

/**
 * The credentials in a spec — frontmatter, prose or code — found with secretlint’s recommended
 * rules (AWS access key ids included) and Specmark's credential table (`findCredentials` of
 * `@specmark/schema`, the shapes every message's redaction uses). Placeholders are not
 * credentials; overlapping findings are one, named by secretlint where it found it first.
 * Offsets count in the document's normalised text.
 *
 * @param document The spec.
 * @param path The file's path, for secretlint (default: `spec.md`).
 * @returns The findings in text order; computed once per document.
 */
export function secretFindings(document: SpecDocument, path = ''): Promise<CredentialFinding[]> {
  let found = cache.get(document);
  if (!found) {
    found = find(document.text, path || 'spec.md');
    cache.set(document, found);
  }
  return found;
}

async function find(text: string, path: string): Promise<CredentialFinding[]> {
  if (text.trim() === '') return [];
  // secretlint times every rule on every file unless told not to, and keeps every timing: in a
  // run over many files that costs more than the scan itself.
  secretLintProfiler.setEnabled(false);
  return findCredentials(text, await secretlintFindings(text, path));
}

/** secretlint's findings as places and kinds. */
async function secretlintFindings(source: string, path: string): Promise<CredentialFinding[]> {
  const result = await lintSource({ source: { content: source, filePath: path, ext: '.md', contentType: 'text' }, options: { config } });
  const found: CredentialFinding[] = [];
  for (const finding of result.messages) {
    // Its AWS secret access key range starts at the variable name; the credential table places the key.
    if (finding.messageId === 'AWSSecretAccessKey') continue;
    const [start, end] = finding.range;
    // A URL range that stops inside a host with a hyphen is completed by the table's URL shape.
    if (!isSecretPlaceholder(source.slice(start, end))) found.push({ start, end, kind: secretKind(finding.ruleId, finding.messageId) });
  }
  return found;
}
