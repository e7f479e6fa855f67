import type { Root } from 'mdast';
import remarkMessageControl from 'remark-message-control';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';

/** The source whose messages this control handles. */
const source = 'specmark';

/**
 * Honour `<!--lint disable …-->`, `<!--lint enable …-->` and `<!--lint ignore …-->` comments for
 * messages of the `specmark` source (remark-lint's own control only handles `remark-lint`).
 * Rules add it to the processor themselves, at the end, so it sees every message.
 *
 * A file without a `specmark` message and without the word `lint` (so without a marker comment)
 * has nothing to control: the two walks over its tree are skipped.
 *
 * @returns Transform.
 */
export function specmarkMessageControl(): Transformer<Root> {
  const control = remarkMessageControl({ name: 'lint', source }) as (tree: Root, file: VFile) => undefined;
  return function (tree, file) {
    if (!file.messages.some((message) => message.source === source) && !String(file).includes('lint')) return;
    control(tree, file);
  };
}
