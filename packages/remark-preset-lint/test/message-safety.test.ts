import { remark } from 'remark';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import preset from '@specmark/remark-preset-lint';
import { fixture } from './helpers.ts';

/** Tokens of the shapes secretlint and the schema recognise, written so that no scanner flags this file. */
const github = ['ghp', '4kTr9bWq2LmXz8VnP1sYcD7hJ0gFa3eK5uNo'].join('_');
const slack = ['xoxb', '2048', '4096', 'Zq8rTn3WvLp6YsKd1HbXc9Mf'].join('-');
const stripe = ['sk', 'live', '51HxYzABCDEFGHIJKLMNOPqrstuvwx0123456789'].join('_');
const secrets = [github, slack, stripe];
/** Control characters a spec can carry: a line rewrite, a clipboard write, a bidi override. */
const controls = ['\r\u001b[2K✔ 0 problems\u001b[8m', '\u001b]52;c;aGk=\u0007', '\u202eevil'];

const complete = fixture('complete-spec.md');

async function lint(value: string) {
  const file = await remark().use(preset).process(new VFile({ path: 'spec.md', value }));
  return file.messages;
}

/** Every text a reporter could print from a message. */
function shown(messages: Awaited<ReturnType<typeof lint>>): string {
  return messages.map((message) => [message.reason, message.message, message.note ?? '', message.actual ?? '', String(message.stack ?? '')].join('\n')).join('\n');
}

/** Inputs in which a rule quotes text the spec's author wrote, with what to plant in it. */
const everything = [...secrets, ...controls, ...secrets.map((secret, index) => `${secret}${controls[index]}`)];
const cases: [rule: string, planted: readonly string[], build: (planted: string) => string][] = [
  // In YAML, control characters are written as escapes: JSON's string escapes are YAML's.
  ['template-version', everything, (planted) => complete.replace('template: api-integration', `template: ${JSON.stringify(planted)}`)],
  ['frontmatter-schema', everything, (planted) => complete.replace('status: approved', `status: approved\n${JSON.stringify(planted)}: 1`)],
  ['frontmatter-schema', everything, (planted) => complete.replace('status: approved', `status: ${JSON.stringify(planted)}`)],
  ['open-questions-resolved', everything, (planted) => complete.replace(/^- \[x\] (.*)\?.*$/m, `- [ ] Is ${planted} the bot token?`)],
  // An unfilled gap: the message quotes the line, planted text included.
  ['no-placeholders', everything, (planted) => complete.replace(/(### Key behaviors\n\n)- [^\n]+/, `$1- When ${planted},`)],
  ['no-secrets', secrets, (planted) => complete.replace('Support agents who issue refunds', `Support agents (key ${planted}) who issue refunds`)],
];

describe('no rule prints a secret or a control character from the spec', () => {
  for (const [rule, planted, build] of cases) {
    test(`${rule}: ${build('PLANTED').split('\n').find((line) => line.includes('PLANTED'))?.trim()}`, async () => {
      for (const value of planted) {
        const messages = await lint(build(value));
        // The rule still reports the problem…
        expect(messages.some((message) => message.ruleId === rule), `${rule} with ${JSON.stringify(value)}`).toBe(true);
        const text = shown(messages);
        // …without the secret…
        for (const secret of secrets) expect(text).not.toContain(secret.slice(0, 12));
        // …and without any control character (line breaks between the parts joined above aside).
        expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }
    });
  }
});

test('an unknown template id that is a token is shown redacted', async () => {
  const messages = await lint(complete.replace('template: api-integration', `template: ${github}`));
  expect(messages.find((message) => message.ruleId === 'template-version')?.reason).toBe(
    'Unexpected template `ghp_…`, expected one of `api-integration` (pass a team’s template with the `template` or `templates` option)',
  );
});
