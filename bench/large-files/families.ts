/**
 * The construct families of the linearity benchmark: each makes Markdown of about `bytes`
 * characters built from one construct, repeated. Blocks stay within the parse limits (short
 * paragraphs, blank lines between blocks) so that the parsers do the work; the `… in one block`
 * families pass the limit and measure the refusal, as do the `… between paragraphs` families past
 * 1,000 of them and the fenced code block past 32 KiB.
 */
export const families: Record<string, (bytes: number) => string> = {
  'character references': (bytes) => blocks(bytes, '&amp; &#91; &#x5B; &lsqb; '.repeat(40)),
  'character references in one block': (bytes) => repeat(bytes, '&amp;'),
  'emphasis runs': (bytes) => blocks(bytes, '*a* **b** _c_ ~~d~~ '.repeat(50)),
  'link runs': (bytes) => blocks(bytes, '[a](https://b.example) [c][d] <https://e.example> www.f.example g@h.example '.repeat(12)),
  'lines of words in one block': (bytes) => repeat(bytes, 'a b\n'),
  'list items': (bytes) => repeat(bytes, '- an item of a list\n'),
  'task items': (bytes) => repeat(bytes, '- [ ] a task\n- [x] a done task\n'),
  'lists between paragraphs': (bytes) => repeat(bytes, '- an item\n\nA paragraph.\n\n'),
  'quotes between paragraphs': (bytes) => repeat(bytes, '> a quote\n\nA paragraph.\n\n'),
  tables: (bytes) => blocks(bytes, `| Event | Action |\n| --- | --- |\n${'| payment_intent.succeeded | mark the order paid |\n'.repeat(30)}`),
  'one table': (bytes) => `| Event | Action |\n| --- | --- |\n${repeat(bytes, '| payment_intent.succeeded | mark the order paid |\n')}`,
  'one fenced code block': (bytes) => `\`\`\`ts\n${repeat(bytes, "await ledger.record({ id: 'evt_1', amount: 1200 });\n")}\`\`\`\n`,
  'HTML blocks and inline HTML': (bytes) => repeat(bytes, '<div class="note">\nA note with <b>bold</b> and <a href="x">a link</a>.\n</div>\n\n'),
  'closed frontmatter': (bytes) => `---\n${repeat(bytes, 'key: value\n')}---\n`,
  'frontmatter that never closes': (bytes) => `---\n${repeat(bytes, 'x: y\n')}`,
};

/** A unit repeated to about `bytes` characters. */
function repeat(bytes: number, unit: string): string {
  return unit.repeat(Math.max(1, Math.round(bytes / unit.length)));
}

/** A block repeated to about `bytes` characters, with a blank line after each. */
function blocks(bytes: number, block: string): string {
  return repeat(bytes, `${block.trimEnd()}\n\n`);
}
