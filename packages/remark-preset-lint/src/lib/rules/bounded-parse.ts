import { parseLimitPassed, type PassedParseLimit } from '@specmark/template';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { setSeverity } from './apply-severity.ts';
import { defineMessages, identify, wordMessage } from './rule-messages.ts';

/** The files refused by {@link boundedParse}, each with its one error, so that rules leave them alone. */
const refused = new WeakMap<VFile, VFileMessage>();

/**
 * Whether a file was refused by {@link boundedParse} (its tree holds the text verbatim, unparsed).
 *
 * @param file The file.
 * @returns `true` when the rules should not check it.
 */
export function isRefused(file: VFile): boolean {
  return refused.has(file);
}

/**
 * Take back the error of a refused file that is not a spec: no tool says anything about a file
 * that is not a spec (see `chooseTemplate`), however long its lines.
 *
 * @param file A file refused by {@link boundedParse}.
 */
export function withdrawRefusal(file: VFile): void {
  const message = refused.get(file);
  const index = message ? file.messages.indexOf(message) : -1;
  if (index !== -1) file.messages.splice(index, 1);
}

/**
 * The messages for Markdown past a limit of what is parsed, by the limit's kind: the preset gives
 * them itself, before any rule runs (they have no `ruleId`).
 */
export const parseLimitMessages = defineMessages({
  nesting: 'Unexpected block quotes or list items nested deeper than {{limit}} levels, expected at most {{limit}} levels',
  'block-length': 'Unexpected block of more than {{limit}} characters (not counting spaces) without a blank line, expected a blank line at least every {{limit}} characters',
  'container-closings': 'Unexpected more than {{limit}} lists or block quotes ended by a line that does not continue them, expected at most {{limit}}',
});

/**
 * A plugin that puts a cheap check in front of the processor's parser (remark-parse, or any
 * other): a text past a limit that keeps parsing linear (see `parseLimitPassed`: block quotes or
 * lists nested deeper than 100 levels, a paragraph of more than 32 KiB (lists and tables aside), or more than 1,000
 * lines ending lists or block quotes) is not parsed:
 * parsing such text takes seconds to minutes and a deep tree overflows the stack of tree walkers.
 * It gets one error where the limit is passed (taken back by the rules when the file is not a spec), and a tree of one `html` node holding the whole text
 * verbatim, which the rules skip and which serializes back unchanged. Does nothing when no parser
 * is set yet.
 *
 * @returns Nothing.
 */
export function boundedParse(this: Processor): undefined {
  const parse = this.parser;
  if (!parse) return undefined;
  this.parser = (document: string, file: VFile): Root => {
    const passed = parseLimitPassed(document);
    if (!passed) return parse(document, file) as Root;
    const { reason, identity } = wordMessage(parseLimitMessages[passed.kind], { limit: passed.limit.toLocaleString('en-US') });
    const message = identify(file.message(reason, { place: passed.place, source: 'specmark' }), identity);
    setSeverity(message, true);
    refused.set(file, message);
    const lines = document.split(/\r\n|\r|\n/);
    const end = { line: lines.length, column: lines[lines.length - 1]!.length + 1, offset: document.length };
    const position = { start: { line: 1, column: 1, offset: 0 }, end };
    return { type: 'root', children: [{ type: 'html', value: document, position }], position };
  };
  return undefined;
}
