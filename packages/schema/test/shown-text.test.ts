import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findCredentials, frontmatterIssueMessage, parseFrontmatter, redactSecret, shortText, shownText, validateFrontmatter } from '@specmark/schema';
import { credentials, placeholders } from '../../../tests/fixtures/secrets/credentials.ts';
import { leaks } from '../../../tests/fixtures/secrets/leaks.ts';
import { minimal, minimalYaml } from './fixtures.ts';

const github = credentials.find((credential) => credential.id === 'github-classic')!.inline;
const slack = credentials.find((credential) => credential.id === 'slack-bot')!.inline;
const stripe = credentials.find((credential) => credential.id === 'stripe-secret')!.inline;
const awsId = credentials.find((credential) => credential.id === 'aws-key-id')!.inline;

/** Characters no shown text may contain. */
const unsafe = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

describe('shownText: control characters', () => {
  test('a fake "no problems" line written over an error stays visible text on one line', () => {
    expect(shownText('x\r\u001B[2K✔ 1 file checked, no problems\u001B[8m')).toBe('x\\r\\u001B[2K✔ 1 file checked, no problems\\u001B[8m');
  });

  test('a clipboard write (OSC 52) and a bell are escaped', () => {
    expect(shownText('draft\u001B]52;c;cm0gLXJmIH4=\u0007')).toBe('draft\\u001B]52;c;cm0gLXJmIH4=\\u0007');
  });

  test('every C0 control, DEL, C1 control, line separator and bidirectional control is escaped', () => {
    expect(shownText('a\tb\nc\r\u0000\u0008\u001F\u007F\u0080\u009B\u009F')).toBe('a\\tb\\nc\\r\\u0000\\u0008\\u001F\\u007F\\u0080\\u009B\\u009F');
    expect(shownText('\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069')).toBe(
      '\\u2028\\u2029\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069',
    );
  });

  test('ordinary text is unchanged: punctuation, accents, other scripts, emoji, backslashes', () => {
    const text = 'Unexpected `finished` for `status` — café, 日本語, עברית, 🎉, C:\\specs\\a.md, 50% (1/2)';
    expect(shownText(text)).toBe(text);
  });

  test('keepControls only redacts', () => {
    expect(shownText(`a\u001B[31m ${github}\n`, { keepControls: true })).toBe('a\u001B[31m ghp_…\n');
  });
});

describe('shownText: secrets', () => {
  test('each credential of the corpus is redacted wherever it stands: alone, quoted, in a path, after a key', () => {
    for (const credential of credentials) {
      const value = credential.inline;
      for (const text of [value, `\`${value}\``, `Unexpected key \`${value}\`, expected one of \`a\``, `specs/${value}.md`, `(${value}),`, `token=${value}`, `token:${value}`]) {
        const shown = shownText(text);
        expect(leaks(shown), `${credential.id} in ${text.replace(value, '<secret>')}`).toEqual([]);
        expect(shown, credential.id).toContain('…');
      }
    }
  });

  test('the rest of the text is kept: only the secret run is replaced', () => {
    expect(shownText(`Use ${github} for now`)).toBe('Use ghp_… for now');
    expect(shownText(`specs/${github}.md`)).toBe('specs/ghp_….md');
    expect(shownText(`key \`${slack}\` found`)).toBe('key `xoxb…` found');
    expect(shownText(`token:${stripe}`)).toBe('token:sk_l…');
    expect(shownText(`${awsId}, ${awsId}`)).toBe('AKIA…, AKIA…');
  });

  test('a secret split by a control character is redacted piece by piece, then escaped', () => {
    expect(shownText(`${github}\u001B[2K${github}`)).toBe('ghp_…\\u001B[2Kgh…');
  });

  test('given secrets are redacted wherever they appear, even inside words', () => {
    expect(shownText('the password is hunter2hunter2, see hunter2hunter2!', { secrets: ['hunter2hunter2'] })).toBe('the password is hu…, see hu…!');
    expect(shownText('pin 4242 and 42', { secrets: ['4242', ''] })).toBe('pin … and 42');
  });

  test('placeholders and ordinary words are not redacted', () => {
    for (const placeholder of placeholders) expect(shownText(placeholder)).toBe(placeholder);
    const ordinary = 'STRIPE_WEBHOOK_SECRET https://specmark.dev/rules/frontmatter-schema/ payment_intent.succeeded api-integration';
    expect(shownText(ordinary)).toBe(ordinary);
  });

  test('any credential of the corpus between any texts is found by the credential table where it is alone, and never shown', () => {
    // The AWS secret access key is a credential only near its context; the corpus' other test places it.
    const placed = credentials.filter((credential) => credential.id !== 'aws-secret-key');
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(...placed), fc.string({ maxLength: 40 }), (before, credential, after) => {
        const text = `${before} ${credential.inline} ${after}`;
        expect(leaks(shownText(text)), credential.id).toEqual([]);
        const at = before.length + 1;
        const found = findCredentials(text).filter(({ start, end }) => start < at + credential.inline.length && end > at);
        expect(found.length, credential.id).toBeGreaterThan(0);
      }),
    );
  });

  test('any text: the result has no control character, no line break, and shows it again unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('', github, slack, stripe, awsId), (text, secret) => {
        const shown = shownText(text + secret + text);
        expect(shown).not.toMatch(unsafe);
        expect(shownText(shown)).toBe(shown);
        if (secret !== '') expect(leaks(shown)).toEqual([]);
      }),
    );
  });

  test('a long hostile run takes linear time', () => {
    const started = performance.now();
    shownText('eyJ'.repeat(200_000) + ' ' + 'github_pat_'.repeat(50_000) + ' ' + 'a/'.repeat(200_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('redactSecret', () => {
  test('four characters of a long secret, two of a short one, none of a very short one', () => {
    expect(redactSecret(stripe)).toBe('sk_l…');
    expect(redactSecret('abcdefghijklmnop')).toBe('abcd…');
    expect(redactSecret('abcdefghijkl')).toBe('ab…');
    expect(redactSecret('abcdefghijk')).toBe('…');
  });

  test('never shows a control character, a backtick or a backslash', () => {
    expect(redactSecret('a\u001B[2Kbcdefghijklmnop')).toBe('a…');
    expect(redactSecret('`abcdefghijklmnop')).toBe('…');
    expect(redactSecret('ab\\cdefghijklmnop')).toBe('ab…');
  });
});

describe('issue messages are safe on their own', () => {
  test('an unknown key that is a token is redacted, at the key', () => {
    const issues = parseFrontmatter(`${minimalYaml}${github}: x\n`).issues;
    expect(issues.map((issue) => `${issue.line}:${issue.column} ${frontmatterIssueMessage(issue)}`)).toEqual([
      expect.stringMatching(/^8:1 Unexpected key `ghp_…`, expected one of `template`, /),
    ]);
    expect(leaks(frontmatterIssueMessage(issues[0]!))).toEqual([]);
  });

  test('control characters in keys, values and template ids are escaped', () => {
    const messages = validateFrontmatter({ ...minimal, 'x\u001B[2K': 1, status: 'x\r\u001B[2K✔ no problems', template: 'a\u009Bb' }).issues.map(frontmatterIssueMessage);
    expect(messages).toEqual([
      'Unexpected `a\\u009Bb` for `template`, expected `api-integration`',
      'Unexpected `x\\r\\u001B[2K✔ no problems` for `status`, expected one of `draft`, `review`, `approved`, `implemented`, `deprecated`',
      expect.stringMatching(/^Unexpected key `x\\u001B\[2K`, expected one of /),
    ]);
    for (const message of messages) expect(message).not.toMatch(unsafe);
  });

  test('a secret inside a longer value is redacted before the value is shortened', () => {
    const [message] = validateFrontmatter({ ...minimal, status: `paused until ${github} is rotated` }).issues.map(frontmatterIssueMessage);
    expect(message).toBe('Unexpected `paused until ghp_… is rotated` for `status`, expected one of `draft`, `review`, `approved`, `implemented`, `deprecated`');
  });

  test('a team\'s own message and a YAML error are shown safely too', () => {
    expect(frontmatterIssueMessage({ code: 'custom', path: [], params: { message: `Unexpected ${github}\u0007` } })).toBe('Unexpected ghp_…\\u0007');
    expect(frontmatterIssueMessage({ code: 'yaml-syntax', path: [], params: { reason: 'bad \u001B]52;c;x\u0007' } })).toBe(
      'Unexpected invalid YAML (bad \\u001B]52;c;x\\u0007), expected a YAML mapping of keys to values',
    );
  });
});

test('shortText redacts before it cuts, and cuts whole code points: no half of an emoji or of a secret is left', () => {
  const token = `ghp_${'a1B2c3D4e5'.repeat(4)}`;
  expect(shortText(`${'🙂'.repeat(70)}`)).toBe(`${'🙂'.repeat(59)}…`);
  expect(shortText(`${'x'.repeat(50)} ${token}`)).toBe(`${'x'.repeat(50)} ghp_…`);
  expect(shortText(`key ${token} and more`, 8)).toBe('key ghp…');
  expect(shortText('a\u001Bb')).toBe('a\u001Bb');
});
