import type { Root } from 'mdast';
import remarkMessageControl from 'remark-message-control';
import type { Transformer } from 'unified';

/**
 * Honour `<!--lint disable …-->`, `<!--lint enable …-->` and `<!--lint ignore …-->` comments for
 * messages of the `specmark` source (remark-lint's own control only handles `remark-lint`).
 * Rules add it to the processor themselves, at the end, so it sees every message.
 *
 * @returns Transform.
 */
export function specmarkMessageControl(): Transformer<Root> {
  return remarkMessageControl({ name: 'lint', source: 'specmark' }) as Transformer<Root>;
}
