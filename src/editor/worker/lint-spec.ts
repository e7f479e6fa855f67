import type { Template } from '@specmark/template';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { LintResult } from './worker-protocol.ts';
import { parseSpecTree } from '../preview/preview-html.ts';
import { specOutline, targetAt } from './form-targets.ts';

let linter: Promise<Processor> | undefined;

/** The preset's processor, loaded on first use so that previews do not wait for it. */
function loadLinter(): Promise<Processor> {
  linter ??= import('@specmark/remark-preset-lint').then(({ default: preset }) => unified().use(remarkParse).use(preset).freeze() as unknown as Processor);
  return linter;
}

/**
 * Lint a rendered spec with `@specmark/remark-preset-lint`, as a docs repo would, and say which
 * part of the form each message concerns.
 *
 * @param template The template the spec follows.
 * @param markdown The rendered spec.
 * @returns The messages, in document order.
 */
export async function lintSpec(template: Template, markdown: string): Promise<LintResult[]> {
  const processor = await loadLinter();
  const file = new VFile({ value: markdown, path: 'spec.md' });
  await processor.run(processor.parse(file), file);
  const outline = specOutline(template, parseSpecTree(markdown), markdown);
  return file.messages
    .map((message): LintResult => {
      const line = message.line ?? 1;
      return {
        ruleId: message.ruleId ?? '',
        reason: message.reason,
        line,
        column: message.column ?? 1,
        fatal: message.fatal ?? undefined,
        url: message.url ?? '',
        target: targetAt(outline, line),
      };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
