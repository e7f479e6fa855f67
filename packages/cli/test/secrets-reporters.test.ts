import { beforeEach, expect, test } from 'vitest';
import { credentials } from '../../../tests/fixtures/secrets/credentials.ts';
import { placeholderCorpus, secretsCorpus } from '../../../tests/fixtures/secrets/corpus.ts';
import { leaks } from '../../../tests/fixtures/secrets/leaks.ts';
import { runCli } from './support/run-cli.ts';
import { writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

const corpus = secretsCorpus();
/** What a message may show of each credential: its first four characters and `…`. */
const shown = new Set(credentials.flatMap((credential) => [`\`${credential.shown}…\``, `\`${credential.inline.slice(0, 4)}…\``]));

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  return value !== null && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
}

let folder: string;
beforeEach(async () => {
  folder = await tempFolder();
  await writeFiles(folder, { 'specs/secrets.md': corpus.markdown, 'specs/placeholders.md': placeholderCorpus() });
});

for (const reporter of ['stylish', 'json', 'github', 'sarif']) {
  test(`${reporter}: every credential is reported, and none is printed beyond its first four characters`, async () => {
    const result = await runCli(folder, ['check', 'specs', '--reporter', reporter]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    // JSON output is read back too, so that no escaping hides a credential.
    const text = reporter === 'json' || reporter === 'sarif' ? strings(JSON.parse(result.stdout)).join('\n') : result.stdout;
    expect(leaks(result.stdout + result.stderr + text)).toEqual([]);
    // Each reported credential shows exactly `abcd…`, and only credentials are reported.
    const redactions = [...text.matchAll(/Unexpected (?:value that looks like a secret \(|[A-Za-z ()]+ )(`[^`]*…`)/g)].map((match) => match[1]!);
    expect(redactions.length).toBe(corpus.occurrences.length + credentials.length);
    expect(redactions.filter((text) => !shown.has(text))).toEqual([]);
  });
}

test('json: each credential at its line and column', async () => {
  const result = await runCli(folder, ['check', 'specs/secrets.md', '--reporter', 'json']);
  const messages = (JSON.parse(result.stdout) as { files: { messages: { ruleId: string; line: number; column: number }[] }[] }).files[0]!.messages;
  const places = messages.filter((message) => message.ruleId === 'no-secrets').map((message) => `${message.line}:${message.column}`);
  expect(places).toEqual(
    corpus.occurrences.map((each) => {
      const inside = each.credential.id === 'gcp-service-account' ? each.text.indexOf('-----BEGIN') : 0;
      return `${each.start.line}:${each.start.column + inside}`;
    }),
  );
});

test('placeholders get no message about secrets', async () => {
  const result = await runCli(folder, ['check', 'specs/placeholders.md', '--reporter', 'json']);
  const messages = (JSON.parse(result.stdout) as { files: { messages: { ruleId: string; message: string }[] }[] }).files[0]!.messages;
  expect(messages.filter((message) => message.ruleId === 'no-secrets' || message.message.includes('secret'))).toEqual([]);
});
