import { expect, test } from 'vitest';
import { md } from '../src/lib/docs/md.ts';

test('removes the common indentation, keeps deeper indentation and ends with the closing line', () => {
  const text = md`
    ### Behaviors

    - When a refund arrives
      - the order shows it
  `;
  expect(text).toBe('### Behaviors\n\n- When a refund arrives\n  - the order shows it\n');
});

test('ends without a line break when the closing backtick follows the last word', () => {
  expect(md`
    One line.
    Two lines.`).toBe('One line.\nTwo lines.');
});

test('keeps trailing blank lines before the closing line, emptied', () => {
  expect(md`
    # Title

  `).toBe('# Title\n\n');
});

test('keeps backslashes as written: Markdown escapes are not JavaScript escapes', () => {
  expect(md`
    \[not a link\] and C:\temp\new
  `).toBe(String.raw`\[not a link\] and C:\temp\new` + '\n');
});

test('unescapes backticks and `${`, so that code spans, fences and references can be written', () => {
  expect(md`
    \`\`\`sh
    export KEY=\${SECRET}
    \`\`\`
  `).toBe('```sh\nexport KEY=${SECRET}\n```\n');
});

test('inserts interpolated values as they are, after removing the indentation', () => {
  const cut = '';
  const block = 'a\n  b';
  expect(md`
    key=sk_${cut}live
    ${block}
  `).toBe('key=sk_live\na\n  b\n');
});

test('a tab-indented line keeps its tab; only spaces are common indentation', () => {
  expect(md`
    line
    \tnot a tab escape
  `).toBe('line\n\\tnot a tab escape\n');
  expect(md`
	tabbed
  `).toBe('\ttabbed\n');
});

test('an empty template is empty', () => {
  expect(md``).toBe('');
  expect(md`
  `).toBe('');
});
