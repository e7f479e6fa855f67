import { readResolvedQuestion } from '@specmark/template';
import { createRule } from '../lib/create-rule.ts';
import { fieldItems } from '../lib/list-items.ts';
import { report } from '../lib/report.ts';
import { specOutline } from '../lib/spec-outline.ts';
import { statusAtLeast } from '../lib/status.ts';
import type { TemplateOptions } from '../lib/template-options.ts';
import { clip, rangeAt } from '../lib/text.ts';

/** Options of `open-questions-resolved`. */
export type OpenQuestionsResolvedOptions = TemplateOptions;

const uncheckedBox = /\[ \]/;

/** The `open-questions-resolved` rule. What it checks, with examples: `./open-questions-resolved.docs.ts` (https://specmark.dev/rules/open-questions-resolved/). */
const openQuestionsResolved = createRule<OpenQuestionsResolvedOptions>({
  id: 'open-questions-resolved',
  severity: 'error',
  check({ tree, file, template, source, frontmatter }) {
    if (!template) return;
    const status = frontmatter.status?.value;
    if (!statusAtLeast(status, 'approved')) return;
    for (const entry of specOutline(tree, template).entries) {
      const field = entry.step.field;
      if (field?.kind !== 'checklist' || entry.repeat || !field.items.every((item) => item.prompt)) continue;
      for (const item of fieldItems(source, entry.body)) {
        const { question, answer } = readResolvedQuestion(item.markdown);
        if (item.node.checked !== true) {
          const start = item.node.position?.start.offset;
          const head = start === undefined ? '' : source.slice(start, start + 12);
          const box = uncheckedBox.exec(head);
          const place = start !== undefined && box && item.node.checked === false ? rangeAt(file, start + box.index, start + box.index + 3) : item.node;
          report(file, `Unexpected open question \`${clip(question)}\` in a spec with status \`${String(status)}\`, expected it checked (\`[x]\`) with its answer`, place, {
            ...(item.node.checked === false ? { expected: ['[x]'] } : {}),
          });
        } else if (answer === '') {
          report(file, `Unexpected unanswered question \`${clip(question)}\`, expected its answer after the \`?\``, item.node);
        }
      }
    }
  },
});

export default openQuestionsResolved;
