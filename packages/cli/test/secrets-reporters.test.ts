import { PassThrough } from 'node:stream';
import { run } from 'specmark';
import { beforeEach, describe, expect, test } from 'vitest';
import { credentials, quotedCredential, writtenCredentials as written } from '../../../tests/fixtures/secrets/credentials.ts';
import { placeholderCorpus, secretsCorpus } from '../../../tests/fixtures/secrets/corpus.ts';
import { leaks } from '../../../tests/fixtures/secrets/leaks.ts';
import { runCli } from './support/run-cli.ts';
import { apiTemplate, filledSpec, withOpenQuestions, withoutGuardrail, writeFiles } from './support/spec-fixtures.ts';
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
      const inside = each.credential.id === 'gcp-service-account' ? each.text.indexOf('-----BEGIN') : quotedCredential(each.credential).startsWith(each.credential.shown) ? 0 : each.text.indexOf(each.credential.secret);
      return `${each.start.line}:${each.start.column + inside}`;
    }),
  );
});

test('placeholders get no message about secrets', async () => {
  const result = await runCli(folder, ['check', 'specs/placeholders.md', '--reporter', 'json']);
  const messages = (JSON.parse(result.stdout) as { files: { messages: { ruleId: string; message: string }[] }[] }).files[0]!.messages;
  expect(messages.filter((message) => message.ruleId === 'no-secrets' || message.message.includes('secret'))).toEqual([]);
});

describe('credentials written as a header, a URL or an assignment in open questions and frontmatter', () => {
  const basic = written[0]!;

  /** A spec, status `approved`, whose open questions quote the credentials and whose `auth` is a Basic header value. */
  async function questionsSpec(): Promise<string> {
    return withOpenQuestions(filledSpec(await apiTemplate(), 1), written.map((credential) => `Is ${credential.inline} still valid?`)).replace('auth: api-key', `auth: Basic ${basic.secret}`);
  }

  for (const reporter of ['stylish', 'json', 'github', 'sarif']) {
    test(`${reporter}: each is reported by no-secrets, and no message shows more than its first four characters`, async () => {
      await writeFiles(folder, { 'specs/questions.md': await questionsSpec() });
      const result = await runCli(folder, ['check', 'specs/questions.md', '--reporter', reporter]);
      expect(result.code).toBe(1);
      const text = reporter === 'json' || reporter === 'sarif' ? strings(JSON.parse(result.stdout)).join('\n') : result.stdout;
      expect(leaks(result.stdout + text)).toEqual([]);
      for (const credential of written) expect(text).toContain(`Unexpected open question \`Is ${quotedCredential(credential)} still valid?\``);
      const kinds = [...text.matchAll(/Unexpected ([a-zA-Z ]+) `([^`]*…)`, expected no credential in the spec/g)].map((match) => `${match[1]} ${match[2]}`);
      expect(kinds).toEqual([
        `authorization credential ${basic.shown}…`,
        ...written.map((credential) => `${credential.kind} ${credential.shown}…`),
      ]);
    });
  }

  test('fix --dry-run on a terminal shows them redacted', async () => {
    const spec = filledSpec(await apiTemplate(), 1);
    const { item } = withoutGuardrail(await apiTemplate(), spec);
    // The deleted guardrail's line now quotes the credentials, so that it is in the diff's context.
    const line = `- [x] See ${written.map((credential) => credential.inline).join(', ')} here.`;
    await writeFiles(folder, { 'spec.md': spec.replace(`- [x] ${item}\n`, `${line}\n`) });
    let stdout = '';
    await run(['fix', '--dry-run'], { cwd: folder, stdout: { isTTY: true, write: (text: string) => (stdout += text) }, stderr: { write: () => true }, stdin: new PassThrough(), env: {} });
    expect(stdout).toContain(` - [x] See ${written.map(quotedCredential).join(', ')} here.`);
    expect(leaks(stdout)).toEqual([]);
  });
});
