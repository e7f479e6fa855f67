import { readSpecDocument, type Template } from '@specmark/template';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { LintResult } from './worker-protocol.ts';
import { specOutline, targetAt } from './form-targets.ts';

const linters = new WeakMap<Template, Promise<Processor>>();

/**
 * The preset's processor for a template, made once per template; the preset is loaded on first
 * use so that previews do not wait for it.
 */
function loadLinter(template: Template): Promise<Processor> {
  let linter = linters.get(template);
  if (!linter) {
    linter = import('@specmark/remark-preset-lint').then(({ default: preset }) => unified().use(remarkParse).use(preset, { template }).freeze() as unknown as Processor);
    linters.set(template, linter);
  }
  return linter;
}

/**
 * Lint a rendered spec with `@specmark/remark-preset-lint` configured with its template, as a docs
 * repo would, and say which part of the form each message concerns.
 *
 * @param template The template the spec follows.
 * @param markdown The rendered spec.
 * @returns The messages, in document order.
 */
export async function lintSpec(template: Template, markdown: string): Promise<LintResult[]> {
  const processor = await loadLinter(template);
  const file = new VFile({ value: markdown, path: 'spec.md' });
  const tree = processor.parse(file);
  await processor.run(tree, file);
  // The form's parts are found in the same reading of the spec the rules used.
  const outline = specOutline(template, readSpecDocument(markdown, { tree: tree as never }));
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
