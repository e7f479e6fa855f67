import { isPrompt } from '@specmark/template';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isContent } from '../lib/spec/content.ts';
import { createRule } from '../lib/rules/create-rule.ts';
import { referencePaths } from '../lib/repository/reference-paths.ts';
import { locateReference } from '../lib/repository/repository-index.ts';
import { rangeOf, report } from '../lib/rules/report.ts';
import { ruleInputs } from '../lib/rules/rule-inputs.ts';
import type { TemplateOptions } from '../lib/rules/template-options.ts';
import { clip } from '../lib/spec/text.ts';
import { defineMessages } from '../lib/rules/rule-messages.ts';

/** Options of `reference-files-exist`. */
export type ReferenceFilesExistOptions = TemplateOptions;

/** The messages of `reference-files-exist`, by id. */
const messages = defineMessages({
  'missing-path': 'Unexpected missing {{kind}} `{{path}}` in `{{field}}`, expected the path of a {{kind}} in the repository',
  'ambiguous-path': 'Unexpected ambiguous path `{{path}}` in `{{field}}`, expected the full path of one {{kind}}: {{matches}}',
});

/** The `reference-files-exist` rule. What it checks, with examples: `./reference-files-exist.docs.ts` (https://specmark.dev/rules/reference-files-exist/). */
const referenceFilesExist = createRule<ReferenceFilesExistOptions>({
  id: 'reference-files-exist',
  severity: 'status',
  messages,
  async check({ file, document, reading }) {
    const repository = ruleInputs(file).repository;
    if (!reading || !repository) return;
    const references = reading.entries.flatMap((entry) => {
      const field = entry.step.field;
      if (!field || entry.repeat || field.options.repositoryPaths !== true || !mayNamePath(document.text, entry.body)) return [];
      const units = entry.body.filter(isContent).flatMap((block): RootContent[] => (block.type === 'list' ? block.children : [block]));
      return referencePaths(
        document,
        units.filter((unit) => !isPrompt(toString(unit).trim())),
      ).map((reference) => ({ ...reference, field: field.title }));
    });
    if (references.length === 0) return;
    const files = await repository.files();
    for (const { path, start, end, field } of references) {
      const found = locateReference(files, repository.spec, path);
      if (found.kind === 'found' || found.kind === 'unknown') continue;
      const kind = path.endsWith('/') ? 'folder' : 'file';
      const shown = clip(path, 80);
      if (found.kind === 'missing') {
        report(file, messages['missing-path'], { kind, path: shown, field }, rangeOf(document, start, end), { actual: path });
      } else if (found.kind === 'ambiguous') {
        const all = found.count === found.matches.length;
        const matches = found.matches.map((match) => `\`${clip(match, 80)}\``);
        const list = all ? `${matches.slice(0, -1).join(', ')} or ${matches.at(-1)!}` : `${matches.join(', ')} (${found.count - matches.length} more)`;
        report(file, messages['ambiguous-path'], { path: shown, field, kind, matches: list }, rangeOf(document, start, end), {
          actual: path,
          ...(all ? { expected: found.matches.map((match) => (kind === 'folder' ? `${match}/` : match)) } : {}),
        });
      }
    }
  },
});

/**
 * Whether blocks may name a path: their text has a `/`, as written or behind a character
 * reference (`&#47;` in a link's target). Most fields without one are passed over unread.
 */
function mayNamePath(text: string, blocks: readonly RootContent[]): boolean {
  const start = blocks[0]?.position?.start.offset;
  const end = blocks.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined) return blocks.length > 0;
  const slash = text.indexOf('/', start);
  const reference = text.indexOf('&', start);
  return (slash !== -1 && slash < end) || (reference !== -1 && reference < end);
}

export default referenceFilesExist;
