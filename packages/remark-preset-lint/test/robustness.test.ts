import { remark } from 'remark';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import preset from '@specmark/remark-preset-lint';
import { fixture } from './helpers.ts';

/**
 * Lint (parse and run, as remark-cli does without `--output`) and return the messages; any
 * exception fails the test.
 */
async function lint(value: string | Uint8Array) {
  const processor = remark().use(preset);
  const file = new VFile({ path: 'spec.md', value });
  await processor.run(processor.parse(file), file);
  for (const message of file.messages) {
    expect(message.source).toBe('specmark');
    expect(message.line).toBeGreaterThanOrEqual(1);
  }
  return file.messages;
}

test('an empty file is not a spec: no message', async () => {
  expect(await lint('')).toEqual([]);
});

test('binary garbage is not a spec: no message, no exception', async () => {
  let seed = 7;
  const bytes = Uint8Array.from({ length: 64 * 1024 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
  expect(await lint(bytes.subarray(0, 16 * 1024))).toEqual([]);
  expect(await lint(bytes)).toEqual([]);
});

test('binary garbage after a spec\'s frontmatter gets messages, not an exception; 64 KB of it without a blank line is not parsed', async () => {
  let seed = 7;
  const garbage = Uint8Array.from({ length: 64 * 1024 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
  const head = new TextEncoder().encode('---\ntemplate: api-integration\nstatus: 5\n---\n\n');
  const messages = await lint(Uint8Array.from([...head, ...garbage.subarray(0, 16 * 1024)]));
  expect(messages.some((message) => message.ruleId === 'frontmatter-schema')).toBe(true);
  expect((await lint(Uint8Array.from([...head, ...garbage]))).map(String)).toEqual([
    'spec.md:6:1: Unexpected block of more than 32,768 characters (not counting spaces) without a blank line, expected a blank line at least every 32,768 characters',
  ]);
});

test.each([
  ['malformed YAML', 'status: [draft\ntitle: "open'],
  ['a YAML alias bomb', 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nstatus: *d'],
  ['a YAML scalar', 'just text'],
  ['duplicate keys', 'status: draft\nstatus: review'],
  ['custom tags', 'status: !!binary aGVsbG8=\ntemplate: !custom x'],
  ['deeply nested YAML', 'a: ' + '['.repeat(5000) + ']'.repeat(5000)],
  ['huge YAML', 'title: ' + 'x'.repeat(200_000)],
])('%s in the frontmatter gets frontmatter messages, not an exception', async (_, yaml) => {
  const messages = await lint(`---\n${yaml}\n---\n\n${fixture('complete-spec.md').split('---\n')[2]}`);
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.every((message) => message.ruleId === 'frontmatter-schema' || message.ruleId === 'template-version' || message.ruleId === 'open-questions-resolved')).toBe(true);
});

test('Markdown nested 100 levels deep is linted', { timeout: 60_000 }, async () => {
  const quotes = '> '.repeat(100) + 'deep\n';
  const lists = Array.from({ length: 100 }, (_, depth) => '  '.repeat(depth) + '- item').join('\n');
  const messages = await lint(fixture('complete-spec.md') + '\n' + quotes + '\n' + lists + '\n');
  expect(messages).toEqual([]);
});

test('Markdown nested deeper gets one error where it passes 100 levels, and is not parsed', async () => {
  // The parser (micromark) slows down sharply with depth (500 nested lists take ~20 s alone).
  const spec = fixture('complete-spec.md');
  const messages = await lint(spec + '\n' + '> '.repeat(5_000) + 'deep\n');
  const line = spec.split('\n').length + 1;
  expect(messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason}`)).toEqual([
    `${line}:201 error Unexpected block quotes or list items nested deeper than 100 levels, expected at most 100 levels`,
  ]);
});

test.each([
  ['a paragraph of 50,000 lines of `a b`', (spec: string) => spec.replace('### Reference files\n', `### Reference files\n\n${'a b\n'.repeat(50_000)}`), 'a b'],
  ['a paragraph of 20,000 code spans between words', (spec: string) => spec.replace('### Reference files\n', `### Reference files\n\n${'a b `c` '.repeat(20_000)}\n`), 'a b `c`'],
  ['frontmatter that never closes, over 250 KB of `x: y`', () => `---\ntemplate: api-integration\n${'x: y\n'.repeat(50_000)}`, '---'],
])('%s gets one error where the block starts, and is not parsed (micromark takes time quadratic in its length)', { timeout: 20_000 }, async (_, make, first) => {
  const value = make(fixture('complete-spec.md'));
  const line = value.split('\n').findIndex((text) => text.startsWith(first)) + 1;
  const messages = await lint(value);
  expect(messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason}`)).toEqual([
    `${line}:1 error Unexpected block of more than 32,768 characters (not counting spaces) without a blank line, expected a blank line at least every 32,768 characters`,
  ]);
});

test.each([
  ['lists between paragraphs', '- an item\n\nA paragraph.\n\n', 2],
  ['block quotes between paragraphs', '> a quote\n\nA paragraph.\n\n', 1],
  ['lists before headings', '- an item\n\n## Heading\n\n', 2],
])('1,100 %s get one error at the line ending the 1,001st, and are not parsed (micromark takes time quadratic in their number)', { timeout: 20_000 }, async (_, unit, ending) => {
  const value = `---\ntemplate: api-integration\n---\n\n${unit.repeat(1_100)}`;
  const messages = await lint(value);
  expect(messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason}`)).toEqual([
    `${5 + 4 * 1_000 + ending}:1 error Unexpected more than 1,000 lists or block quotes ended by a line that does not continue them, expected at most 1,000`,
  ]);
});

test('1,000 lists between paragraphs are linted', { timeout: 20_000 }, async () => {
  const spec = fixture('complete-spec.md');
  const value = spec.replace('### Reference files\n', `### Reference files\n\n${'- an item\n\nA paragraph.\n\n'.repeat(900)}`);
  expect(await lint(value)).toEqual([]);
});

test('a block just within 32,768 characters is linted', { timeout: 20_000 }, async () => {
  const spec = fixture('complete-spec.md');
  const value = spec.replace('### Reference files\n', `### Reference files\n\n${'Notes on the ledger.\n'.repeat(1_800)}\n`);
  expect(await lint(value)).toEqual([]);
});

test('a 1 MB+ spec is linted, with its message at the right line', { timeout: 120_000 }, async () => {
  const spec = fixture('complete-spec.md');
  const filler = Array.from({ length: 12_000 }, (_, index) => `Paragraph ${index} of notes about refunds, retries, ledgers and the reconciliation job.`).join('\n\n');
  const value = spec.replace('### Reference files\n', `### Reference files\n\n${filler}\n\n[Note, to be decided]\n`);
  expect(value.length).toBeGreaterThan(1_000_000);
  const messages = await lint(value);
  // Heading, blank line, 12 000 paragraphs each followed by a blank line, then the note.
  const line = spec.split('\n').indexOf('### Reference files') + 1 + 2 + 12_000 * 2;
  expect(messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([`${line}:1 no-placeholders`]);
});

test('an HTML block of 120,000 spaces is linted at once, not in seconds per space (no comment-marker search on it)', { timeout: 10_000 }, async () => {
  const messages = await lint(`${fixture('complete-spec.md')}\n<div>${' '.repeat(120_000)}</div>\n`);
  expect(messages).toEqual([]);
});
