import { isPrompt, matchSentenceFrame, promptsIn, readSentenceFrame } from '@specmark/template';
import type { Nodes, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { createRule } from '../lib/create-rule.ts';
import { report } from '../lib/report.ts';
import { specOutline } from '../lib/spec-outline.ts';
import { templatePrompts } from '../lib/template-prompts.ts';
import type { TemplateOptions } from '../lib/template-options.ts';
import { clip, comparable, rangeAt, sourceOfNode } from '../lib/text.ts';

/** Options of `no-placeholders`. */
export type NoPlaceholdersOptions = TemplateOptions;

const checkbox = /^\[[ xX]\]$/;

/** The `no-placeholders` rule. What it checks, with examples: `./no-placeholders.docs.ts` (https://specmark.dev/rules/no-placeholders/). */
const noPlaceholders = createRule<NoPlaceholdersOptions>({
  id: 'no-placeholders',
  severity: 'status',
  check({ tree, file, template, source }) {
    if (!template) return;
    const { prompts, examples } = templatePrompts(template);
    const reported = new Set<number>();

    visit(tree, 'text', (node: Text) => {
      const start = node.position?.start.offset;
      const raw = sourceOfNode(source, node) ?? node.value;
      for (const prompt of promptsIn(node.value)) {
        const whole = node.value.trim() === prompt;
        if (!whole && !prompts.has(prompt)) continue;
        if (checkbox.test(prompt)) continue;
        const at = raw.indexOf(prompt);
        const offset = start === undefined || at === -1 ? undefined : start + at;
        if (offset !== undefined) reported.add(offset);
        const place = offset === undefined ? node : rangeAt(file, offset, offset + prompt.length);
        report(file, `Unexpected template prompt \`${clip(prompt)}\`, expected your answer in its place`, place, { actual: prompt });
      }
    });

    const outline = specOutline(tree, template);
    for (const entry of outline.entries) {
      const field = entry.step.field;
      if (!field || entry.repeat) continue;
      if (field.kind === 'sentence-frames') {
        const frames = field.items
          .filter((item) => promptsIn(item.text).length > 0)
          .map((item) => readSentenceFrame(item.text))
          .map((frame) => ({ ...frame, words: frame.words.map((word) => word.trimEnd()) }));
        for (const block of entry.body) {
          if (block.type !== 'list') continue;
          for (const item of block.children) {
            const text = toString(item);
            for (const frame of frames) {
              const fills = matchSentenceFrame(frame, text);
              if (!fills) continue;
              fills.forEach((raw, index) => {
                const fill = raw.trim();
                const gap = frame.gaps[index] ?? '';
                if (fill !== '' && !isPrompt(fill)) return;
                if (prompts.has(fill)) return;
                report(file, `Unexpected unfilled gap \`${clip(gap)}\` in \`${clip(text, 40)}\`, expected the sentence completed`, item, { actual: fill });
              });
              break;
            }
          }
        }
      }
      const copied = examples.get(field.slug)?.map((quote) => ({ quote, key: comparable(quote) }));
      const units = entry.body.flatMap((block): Nodes[] => (block.type === 'list' ? block.children : [block]));
      for (const block of units) {
        const plain = toString(block).trim();
        if (isPrompt(plain)) continue;
        const text = comparable(plain);
        const example = copied?.find(({ key }) => text.includes(key))?.quote;
        if (example) {
          report(file, `Unexpected example copied from the template (\`${clip(example, 40)}\`), expected your own answer`, block, { actual: example });
        } else if (/^e\.g\.?(\s|,|$)/.test(text)) {
          report(file, `Unexpected \`e.g.\` stub, expected your own answer`, block);
        }
      }
    }

    if (outline.title) {
      const title = toString(outline.title).trim();
      const offset = outline.title.position?.start.offset;
      const whole = promptsIn(title).length === 1 && isPrompt(title);
      if (!whole && title === template.titlePrompt && (offset === undefined || !reported.has(offset))) {
        report(file, 'Unexpected template prompt in the title, expected the feature’s one-line name', outline.title);
      }
    }
  },
});

export default noPlaceholders;
