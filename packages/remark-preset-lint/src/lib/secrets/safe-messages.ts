import { shownText } from '@specmark/schema';
import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import { messageIdentity } from '../rules/rule-messages.ts';
import { secretFindings } from './secret-findings.ts';
import { specDocument } from '../spec/spec-document.ts';

/**
 * Make every Specmark message safe to show, whichever rule wrote it and whatever text it quotes
 * (a template id, a frontmatter key, a heading, an open question): the credentials found in the
 * file (`no-secrets`' findings) and every run that looks like one are redacted, and control
 * characters are escaped, in the message, its note, its `actual` text and its data. Reporters, remark-cli,
 * the editor and the site's lint panel then show no secret and no control byte from the file.
 * Rules add it to the processor themselves, at the end.
 *
 * @returns Transform.
 */
export function specmarkSafeMessages(): Transformer<Root> {
  return async function (tree, file) {
    const messages = file.messages.filter((message) => message.source === 'specmark');
    if (messages.length === 0) return;
    const document = specDocument(tree, file);
    const secrets = (await secretFindings(document, file.path)).map(({ start, end }) => document.text.slice(start, end));
    for (const message of messages) {
      message.reason = shownText(message.reason, { secrets });
      message.message = message.reason;
      if (message.note) message.note = shownText(message.note, { secrets });
      if (message.actual) message.actual = shownText(message.actual, { secrets });
      const identity = messageIdentity(message);
      if (identity) for (const [name, value] of Object.entries(identity.data)) identity.data[name] = shownText(value, { secrets });
    }
  };
}
