import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { fuzz, keptInputs } from '@specmark/test-support/fuzz/regressions.ts';
import { runCli } from './support/run-cli.ts';
import { apiTemplate, filledSpec } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

const template = await apiTemplate();
const base = filledSpec(template, 1);
const prose = template.fields.find((field) => field.kind === 'prose' && field.section !== template.sections[0]!.slug)!.title;
const regressions = new URL('fixtures/fuzz-regressions/', import.meta.url);

/** Where a planted secret and hostile text go. */
type Place = 'status' | 'key' | 'heading' | 'prose' | 'name';

/** One generated case: a secret, the hostile text around it, and where both are planted. */
interface HostileCase {
  /** The secret as pasted (`ghp_…`). */
  secret: string;
  /** The part of the secret that must never be shown (after its fixed prefix). */
  body: string;
  /** Text before and after it: control characters, escape sequences, anything. */
  before: string;
  after: string;
  /** Where they go. */
  places: Place[];
}

/** A uniform random string from a seed (fast-check's own strings favour repeats, which read as placeholders). */
function randomText(seed: number, alphabet: string, length: number): string {
  let state = seed >>> 0;
  let text = '';
  for (let index = 0; index < length; index++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    text += alphabet[(((value ^ (value >>> 14)) >>> 0) / 4294967296) * alphabet.length | 0];
  }
  return text;
}

const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** The shapes `looksLikeSecret` and secretlint detect: GitHub, Slack, Stripe, AWS access key id. */
const shapes: Record<string, (seed: number) => { secret: string; body: string }> = {
  github: (seed) => ({ secret: 'gh' + 'p_' + randomText(seed, alnum, 36), body: randomText(seed, alnum, 36) }),
  slack: (seed) => {
    const body = `${randomText(seed, '0123456789', 12)}-${randomText(seed + 1, '0123456789', 13)}-${randomText(seed + 2, alnum, 24)}`;
    return { secret: 'xo' + 'xb-' + body, body };
  },
  stripe: (seed) => ({ secret: 'sk_' + 'live_51' + randomText(seed, alnum, 40), body: '51' + randomText(seed, alnum, 40) }),
  aws: (seed) => ({ secret: 'AK' + 'IA' + randomText(seed, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), body: randomText(seed, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16) }),
};

const hostilePiece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom('\u001B[2K', '\r', '\n', '\r\n', '\u001B]52;c;cm0gLXJmIH4=\u0007', '\u009B31m', '\u202E', '\u2066', '\u2028', '\t', '\u0000', '\u007F', '\u0085', '✔ 1 file checked, no problems', '`', '# ', '---'),
);
const hostileText = fc.array(hostilePiece, { maxLength: 5 }).map((pieces) => pieces.join(''));
/** What stands between the hostile text and the secret: a word boundary of some kind. */
const boundary = fc.constantFrom(' ', '`', '"', "'", ',', '=', ':', '\n', '\t', '(', '\u001B', '\u202E', '/');

const hostileCase: fc.Arbitrary<HostileCase> = fc
  .record({
    shape: fc.constantFrom(...Object.keys(shapes)),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    before: fc.tuple(hostileText, boundary).map(([text, edge]) => text + edge),
    after: fc.tuple(boundary, hostileText).map(([edge, text]) => edge + text),
    places: fc.subarray(['status', 'key', 'heading', 'prose', 'name'] as Place[], { minLength: 1 }),
  })
  .map(({ shape, seed, before, after, places }) => ({ ...shapes[shape]!(seed), before, after, places }));

/** A file name holding the hostile text and the secret: no `/` or NUL, at most 200 bytes. */
function fileName(input: HostileCase): string {
  let name = `s${input.before}${input.secret}${input.after}`.replace(/[/\u0000]/g, '_');
  while (Buffer.byteLength(name) > 200) name = name.slice(0, -1);
  return `${name.replace(/[\uD800-\uDBFF]$/, '')}.md`;
}

/** The spec and its name with the secret and hostile text planted. */
function planted(input: HostileCase): { name: string; text: string } {
  const hostile = input.before + input.secret + input.after;
  let text = base;
  if (input.places.includes('status')) text = text.replace('status: approved', `status: ${JSON.stringify(hostile)}`);
  if (input.places.includes('key')) text = text.replace('owner: payments-platform', `owner: payments-platform\n${JSON.stringify(hostile)}: x`);
  if (input.places.includes('prose')) text = text.replace(`### ${prose}\n\n`, `### ${prose}\n\n${hostile} `);
  if (input.places.includes('heading')) text += `\n## ${hostile}\n\nText.\n`;
  return { name: input.places.includes('name') ? fileName(input) : 'spec.md', text };
}

/** Characters no text output may contain (line feeds end lines). */
const rawControl = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
/** The same, all of them: JSON strings hold them (written as escapes), and are searched for secrets only. */
const rawControls = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  return value !== null && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
}

/**
 * Plant the case, run every reporter of `check`, `fix` and a `check` of a missing path named
 * after it, and throw unless no output has a raw control character or an 8-character piece of the
 * secret's body.
 */
async function outputIsSafe(input: HostileCase): Promise<void> {
  const folder = await tempFolder();
  const { name, text } = planted(input);
  await writeFile(join(folder, name), text);
  const outputs: [string, string][] = [];
  for (const reporter of ['stylish', 'github', 'json', 'sarif']) {
    const result = await runCli(folder, ['check', '--reporter', reporter, '--color']);
    outputs.push([`check ${reporter} stdout`, result.stdout.replace(/\u001B\[\d+m/g, '')], [`check ${reporter} stderr`, result.stderr]);
    if (reporter === 'json' || reporter === 'sarif') outputs.push([`check ${reporter} strings`, strings(JSON.parse(result.stdout)).map((each) => each.replace(rawControls, ' ')).join('\n')]);
  }
  const fix = await runCli(folder, ['fix', name]);
  outputs.push(['fix stdout', fix.stdout], ['fix stderr', fix.stderr]);
  const missing = await runCli(folder, ['check', `${name}.missing`]);
  outputs.push(['missing path stderr', missing.stderr]);
  const problems: string[] = [];
  for (const [what, output] of outputs) {
    const control = rawControl.exec(output);
    if (control) problems.push(`${what}: raw U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at ${JSON.stringify(output.slice(Math.max(0, control.index - 40), control.index + 10))}`);
    for (let index = 0; index + 8 <= input.body.length; index++) {
      const at = output.indexOf(input.body.slice(index, index + 8));
      if (at !== -1) {
        problems.push(`${what}: secret piece in ${JSON.stringify(output.slice(Math.max(0, at - 60), at + 20))}`);
        break;
      }
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

test('no reporter output and no command line line shows a planted secret or a raw control character, wherever they are planted', { timeout: 300_000 }, async () => {
  await fuzz(hostileCase, outputIsSafe, { numRuns: 30, folder: regressions, prefix: 'hostile-', toFile: (input) => JSON.stringify(input) });
});

test.each(keptInputs(regressions, 'hostile-').map(([name, bytes]) => ({ name, input: JSON.parse(bytes.toString('utf8')) as HostileCase })))(
  'kept fuzz input $name shows no secret and no control character',
  async ({ input }) => {
    await expect(outputIsSafe(input)).resolves.toBeUndefined();
  },
);
