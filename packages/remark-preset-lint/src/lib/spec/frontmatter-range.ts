import { frontmatterValueSpan } from '@specmark/schema';
import type { SpecDocument } from '@specmark/template';
import type { Position } from 'unist';
import { rangeOf } from '../rules/report.ts';

/**
 * Where the value at a path of the spec's frontmatter is (`['api', 'operations', 1]`: the second
 * item of `api.operations`), found in the frontmatter's one reading.
 *
 * @param document The spec.
 * @param path Keys and list indices from the frontmatter's root.
 * @returns The value's range, lines and columns as in the file; `undefined` when the path leads
 *   nowhere or the frontmatter was not read from the spec's text (a tree without positions).
 */
export function frontmatterRange(document: SpecDocument, path: readonly (string | number)[]): Position | undefined {
  const { node, yaml, offset } = document.frontmatter;
  if (!node?.position || !yaml?.document) return undefined;
  const span = frontmatterValueSpan(yaml.document, path);
  return span ? rangeOf(document, offset + span.start, offset + span.end) : undefined;
}
