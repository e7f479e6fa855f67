import { isPrompt, matchKey, matchSentenceFrame, promptsIn, readSentenceFrame } from '@specmark/template';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createRule } from '../lib/rules/create-rule.ts';
import { rangeOf, report } from '../lib/rules/report.ts';
import { textNodesAt } from '../lib/spec/text-nodes-at.ts';
import { templatePrompts } from '../lib/spec/template-prompts.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { clip } from '../lib/spec/text.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `no-placeholders`. */
export type NoPlaceholdersOptions = TemplateOptions;

const checkbox = /^\[[ xX]\]$/;

/** The messages of `no-placeholders`, by id. */
const messages = defineMessages({
  'template-prompt': 'Unexpected template prompt `{{prompt}}`, expected your answer in its place',
  'unfilled-gap': 'Unexpected unfilled gap `{{gap}}` in `{{sentence}}`, expected the sentence completed',
  'copied-example': 'Unexpected example copied from the template (`{{example}}`), expected your own answer',
  'example-stub': 'Unexpected `e.g.` stub, expected your own answer',
  'title-prompt': 'Unexpected template prompt in the title, expected the feature’s one-line name',
});

/** The `no-placeholders` rule. What it checks, with examples: `./no-placeholders.docs.ts` (https://specmark.dev/rules/no-placeholders/). */
const noPlaceholders = createRule<NoPlaceholdersOptions>({
  id: 'no-placeholders',
  severity: 'status',
  messages,
  check({ file, document, template, reading }) {
    if (!template || !reading) return;
    const source = document.text;
    const { prompts, examples } = templatePrompts(template);
    const reported = new Set<number>();

    // A prompt's `[` is in the source as written, or as a character reference.
    const brackets = [...source.matchAll(/\[|&(?:#0*91|#x0*5b|lsqb|lbrack);/gi)].map((match) => match.index);
    for (const node of textNodesAt(document.tree, brackets)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const raw = start === undefined || end === undefined ? node.value : source.slice(start, end);
      for (const prompt of promptsIn(node.value)) {
        const whole = node.value.trim() === prompt;
        if (!whole && !prompts.has(prompt)) continue;
        if (checkbox.test(prompt)) continue;
        const at = raw.indexOf(prompt);
        const offset = start === undefined || at === -1 ? undefined : start + at;
        if (offset !== undefined) reported.add(offset);
        const place = offset === undefined ? node : rangeOf(document, offset, offset + prompt.length);
        report(file, messages['template-prompt'], { prompt: clip(prompt) }, place, { actual: prompt });
      }
    }

    for (const entry of reading.entries) {
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
                report(file, messages['unfilled-gap'], { gap: clip(gap), sentence: clip(text, 40) }, item, { actual: fill });
              });
              break;
            }
          }
        }
      }
      const copied = exampleKeys(examples.get(field.slug));
      const units = entry.body.flatMap((block): Nodes[] => (block.type === 'list' ? block.children : [block]));
      for (const block of units) {
        // Without the template's examples to compare, only a unit whose text has `e.g` can be a stub.
        const start = block.position?.start.offset;
        const end = block.position?.end.offset;
        if (!copied && start !== undefined && end !== undefined && !/e\.g/i.test(source.slice(start, end))) continue;
        const plain = toString(block).trim();
        if (isPrompt(plain)) continue;
        const text = matchKey(plain);
        const example = copied?.find(({ key }) => key !== '' && ` ${text} `.includes(` ${key} `))?.quote;
        if (example) {
          report(file, messages['copied-example'], { example: clip(example, 40) }, block, { actual: example });
        } else if (/^e\.g\.?(\s|,|$)/i.test(plain.replace(/^[*_`]+/, ''))) {
          report(file, messages['example-stub'], {}, block);
        }
      }
    }

    if (reading.title) {
      const title = toString(reading.title).trim();
      const offset = reading.title.position?.start.offset;
      const whole = promptsIn(title).length === 1 && isPrompt(title);
      if (!whole && title === template.titlePrompt && (offset === undefined || !reported.has(offset))) {
        report(file, messages['title-prompt'], {}, reading.title);
      }
    }
  },
});

const exampleKeysCache = new WeakMap<readonly string[], { quote: string; key: string }[]>();

/** A field's `e.g.` examples with their keys, computed once per template. */
function exampleKeys(quotes: readonly string[] | undefined): { quote: string; key: string }[] | undefined {
  if (!quotes) return undefined;
  let keys = exampleKeysCache.get(quotes);
  if (!keys) {
    keys = quotes.map((quote) => ({ quote, key: matchKey(quote) }));
    exampleKeysCache.set(quotes, keys);
  }
  return keys;
}

export default noPlaceholders;
