import { remark } from 'remark';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import preset from '@specmark/remark-preset-lint';
import { credentials, placeholders, type Credential } from '../../../tests/fixtures/secrets/credentials.ts';
import { placeholderCorpus, secretsCorpus } from '../../../tests/fixtures/secrets/corpus.ts';

const lint = (value: string) => remark().use(preset).process(new VFile({ path: 'spec.md', value }));
const tail = ', expected no credential in the spec: name the environment variable or secret store entry that holds it';
const secretValueTail = ', expected the name of the environment variable that holds it, such as `STRIPE_WEBHOOK_SECRET`';

describe('the secrets corpus', () => {
  const corpus = secretsCorpus();

  test(`every credential is reported where it is, by kind, redacted (${credentials.length} credentials × 5 placements)`, async () => {
    const file = await lint(corpus.markdown);
    const found = file.messages
      .filter((message) => message.ruleId === 'no-secrets')
      .map((message) => `${message.line}:${message.column}-${message.place && 'end' in message.place ? `${message.place.end.line}:${message.place.end.column}` : '?'} ${message.reason}`);
    const expected = corpus.occurrences.map((each) => {
      const { inside, flagged } = reportedPart(each.credential, each.text);
      const from = shift(each.start, each.text.slice(0, inside));
      const to = shift(from, flagged);
      return `${from.line}:${from.column}-${to.line}:${to.column} Unexpected ${each.credential.kind} \`${redacted(flagged)}\`${tail}`;
    });
    expect(found).toEqual(expected);
  });

  test('every credential in the frontmatter is also refused by the schema, at its value, redacted', async () => {
    const file = await lint(corpus.markdown);
    const found = file.messages.filter((message) => message.ruleId === 'frontmatter-schema').map((message) => `${message.line}:${message.column} ${message.reason}`);
    const expected = corpus.occurrences
      .filter((each) => each.placement === 'frontmatter')
      .map((each, index) => {
        const multiline = each.text.includes('\n');
        // The value starts at the quote or the block scalar's `|-`.
        const at = multiline ? { line: each.start.line - 1, column: 5 } : { line: each.start.line, column: each.start.column - 1 };
        return `${at.line}:${at.column} Unexpected value that looks like a secret (\`${each.credential.block.slice(0, 4)}…\`) for \`secrets[${index}]\`${secretValueTail}`;
      });
    expect(found).toEqual(expected);
  });

  test('no message shows more of a credential than its first four characters', async () => {
    const file = await lint(corpus.markdown);
    const everything = JSON.stringify(file.messages.map((message) => [message.reason, message.actual, message.expected, message.note]));
    for (const credential of credentials) expect(leaks(everything, credential.secret), credential.id).toEqual([]);
  });
});

test(`placeholders, examples and references are not reported (${placeholders.length} values × 4 placements)`, async () => {
  const file = await lint(placeholderCorpus());
  expect(file.messages.filter((message) => message.ruleId === 'no-secrets').map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([]);
});

/**
 * The part of a placed credential that is reported: a service account file at its private key, a
 * URL up to the end of its host, a header or a key's value alone, anything else whole.
 */
function reportedPart(credential: Credential, text: string): { inside: number; flagged: string } {
  if (credential.id === 'gcp-service-account') {
    const inside = text.indexOf('-----BEGIN');
    return { inside, flagged: text.slice(inside, text.indexOf('-----', text.indexOf('-----END') + 8) + 5) };
  }
  if (credential.id === 'basic-auth-url') return { inside: 0, flagged: text.slice(0, text.indexOf('/', text.indexOf('@'))) };
  if (credential.shown !== credential.inline.slice(0, 4)) return { inside: text.indexOf(credential.secret), flagged: credential.secret };
  return { inside: 0, flagged: text };
}

/** The point after walking over text. */
function shift(point: { line: number; column: number }, text: string): { line: number; column: number } {
  const lines = text.split('\n');
  return lines.length === 1 ? { line: point.line, column: point.column + text.length } : { line: point.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}

/** What the rule shows of a credential: at most four characters (two under twelve), then `…`. */
function redacted(text: string): string {
  return text.slice(0, text.length < 12 ? 2 : 4) + '…';
}

/** Every 8-character piece of the secret that the text contains. */
function leaks(text: string, secret: string): string[] {
  const found = new Set<string>();
  for (let index = 0; index + 8 <= secret.length; index += 1) if (text.includes(secret.slice(index, index + 8))) found.add(secret.slice(index, index + 8));
  return [...found];
}
