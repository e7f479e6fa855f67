import type { MessageIdentity } from '@specmark/remark-preset-lint';
import { readSpecDocument, type Template } from '@specmark/template';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { LintResult } from './worker-protocol.ts';
import { specOutline, targetAt } from './form-targets.ts';
import { editorDescriptions, type OpenedDescriptionIndex } from './opened-index.ts';

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
 * The rules that check the spec against the provider's API description read the description
 * opened in the editor when the spec's `api.description` names it, and say nothing otherwise.
 *
 * @param template The template the spec follows.
 * @param markdown The rendered spec.
 * @param opened The API description opened in the editor (default: none).
 * @returns The messages, in document order.
 */
export async function lintSpec(template: Template, markdown: string, opened?: OpenedDescriptionIndex): Promise<LintResult[]> {
  const processor = await loadLinter(template);
  const file = new VFile({ value: markdown, path: 'spec.md' });
  const tree = processor.parse(file);
  // The rules, the description's lookup and the form's parts share one reading of the spec.
  const document = readSpecDocument(markdown, { tree: tree as never });
  file.data.specmarkInputs = { apiDescriptions: editorDescriptions(document.frontmatter.data, opened) };
  await processor.run(tree, file);
  const outline = specOutline(template, document);
  return file.messages
    .map((message): LintResult => {
      const line = message.line ?? 1;
      // The preset's own fields, read without importing it here (it loads on first use).
      const identity = message as Partial<MessageIdentity>;
      return {
        ruleId: message.ruleId ?? '',
        reason: message.reason,
        messageId: identity.messageId ?? '',
        data: { ...identity.data },
        line,
        column: message.column ?? 1,
        fatal: message.fatal ?? undefined,
        url: message.url ?? '',
        target: targetAt(outline, line),
      };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
